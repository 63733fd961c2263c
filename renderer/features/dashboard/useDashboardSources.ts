import { useEffect, useMemo, useRef, useState } from 'react';
import { map, NEVER } from 'rxjs';
import { applyDealChange } from '../../../shared/rules/territory-rollup';
import type { Deal, Partner, Program, Territory } from '../../../shared/schema';
import { useCamSession } from '../../app/CamContext';
import { useObservable } from '../../app/useObservable';

export type DashboardSources = {
  territories: Territory[];
  partners: Partner[];
  programs: Program[];
};

/**
 * What the dashboard reads once `enabled` (nothing before): territories (their rates and
 * rollups), partners and programs; never the raw deals. Deal changes that arrive while it is open (and that the store's rollup,
 * counted at `computedAt`, cannot hold yet) are added on top of the territory's rollup.
 */
export function useDashboardSources(enabled = true): DashboardSources | undefined {
  const { database } = useCamSession();
  const territories$ = useMemo(
    () =>
      enabled
        ? database.territories
            .find()
            .$.pipe(map((documents) => documents.map((document) => document.toJSON() as Territory)))
        : NEVER,
    [database, enabled],
  );
  const partners$ = useMemo(
    () =>
      enabled
        ? database.partners
            .find()
            .$.pipe(map((documents) => documents.map((document) => document.toJSON() as Partner)))
        : NEVER,
    [database, enabled],
  );
  const programs$ = useMemo(
    () =>
      enabled
        ? database.programs
            .find()
            .$.pipe(map((documents) => documents.map((document) => document.toJSON() as Program)))
        : NEVER,
    [database, enabled],
  );
  const stored = useObservable<Territory[] | undefined>(territories$, undefined);
  const partners = useObservable<Partner[] | undefined>(partners$, undefined);
  const programs = useObservable<Program[] | undefined>(programs$, undefined);
  const territories = useLocalDealChanges(stored);
  // One object per change of its parts: every figure below is memoised on it.
  return useMemo(
    () => (territories && partners && programs ? { territories, partners, programs } : undefined),
    [territories, partners, programs],
  );
}

type DealChange = { previous: Deal | null; next: Deal | null };

/**
 * The stored territories with the deal changes seen since their rollups were counted. Changes
 * the store had counted (written at or before `computedAt`, as every deal of a first sync is)
 * are dropped as they arrive, so a first sync of 100,000 deals keeps nothing here.
 */
function useLocalDealChanges(stored: Territory[] | undefined): Territory[] | undefined {
  const { database } = useCamSession();
  const [changes, setChanges] = useState<DealChange[]>([]);
  const countedAt = useRef(new Map<string, string>());
  useEffect(() => {
    countedAt.current = new Map(
      (stored ?? []).flatMap((territory) =>
        territory.rollup ? [[territory.id, territory.rollup.computedAt] as const] : [],
      ),
    );
  }, [stored]);
  // Deals whose state the rollup holds is known: counted as their copy was at `computedAt`, or
  // added here. A deal first seen after the count (a first sync's insert) is not known: the
  // rollup may hold it already, so it is left to the store's next count.
  const known = useRef(new Set<string>());
  useEffect(() => {
    const subscription = database.deals.$.subscribe((event) => {
      const next = event.operation === 'DELETE' ? null : (event.documentData as Deal);
      const previous = (event.previousDocumentData as Deal | undefined) ?? null;
      const latest = next ?? previous;
      const counted = latest ? countedAt.current.get(latest.territoryId) : undefined;
      if (!latest || counted === undefined || latest.updatedAt <= counted) return;
      const isKnown =
        known.current.has(latest.id) ||
        (previous !== null && previous.updatedAt <= counted) ||
        // Registered after the count: the rollup cannot hold it.
        (previous === null && next !== null && next.registeredAt > counted);
      if (!isKnown) return;
      known.current.add(latest.id);
      setChanges((seen) => [...seen, { previous, next }]);
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [database]);
  return useMemo(() => {
    if (!stored || changes.length === 0) return stored;
    return stored.map((territory) => {
      let rollup = territory.rollup;
      if (!rollup) return territory;
      for (const change of changes) {
        const latest = change.next ?? change.previous;
        // A rollup counted after the change (the store refreshed it) holds it already.
        if (!latest || latest.updatedAt <= rollup.computedAt) continue;
        const previous = change.previous?.territoryId === territory.id ? change.previous : null;
        const next = change.next?.territoryId === territory.id ? change.next : null;
        if (previous || next) rollup = applyDealChange(rollup, previous, next);
      }
      return { ...territory, rollup };
    });
  }, [stored, changes]);
}
