import { useMemo } from 'react';
import { map, of } from 'rxjs';
import type { Deal, Decision, Fund, Partner, Performance, User } from '../../../../shared/schema';
import { useCamSession } from '../../../app/CamContext';
import { useObservable } from '../../../app/useObservable';

/*
 * What the detail panel reads besides the request, live: each a query by primary key or by an
 * indexed field (partnerId, requestId) for the one request shown, never a whole collection.
 * Undefined (or missing from a map) until read, or when this device does not hold it.
 */

const idKey = (ids: readonly string[]) => [...new Set(ids)].sort().join('\n');
const fromKey = (key: string) => (key === '' ? [] : key.split('\n'));

export function usePartner(partnerId: string): Partner | undefined {
  const { database } = useCamSession();
  const partner$ = useMemo(
    () =>
      database.partners
        .findOne(partnerId)
        .$.pipe(map((doc) => (doc ? (doc.toJSON() as Partner) : undefined))),
    [database, partnerId],
  );
  return useObservable(partner$, undefined);
}

export function useFund(fundId: string | null): Fund | undefined {
  const { database } = useCamSession();
  const fund$ = useMemo(
    () =>
      fundId === null
        ? of(undefined)
        : database.funds
            .findOne(fundId)
            .$.pipe(map((doc) => (doc ? (doc.toJSON() as Fund) : undefined))),
    [database, fundId],
  );
  return useObservable(fund$, undefined);
}

/** Deals by id: the request's own and those it conflicts with. */
export function useDeals(ids: readonly string[]): ReadonlyMap<string, Deal> {
  const { database } = useCamSession();
  const key = idKey(ids);
  const deals$ = useMemo(
    () =>
      key === ''
        ? of(new Map<string, Deal>())
        : database.deals
            .findByIds(fromKey(key))
            .$.pipe(
              map((found) => new Map([...found].map(([id, doc]) => [id, doc.toJSON() as Deal]))),
            ),
    [database, key],
  );
  return useObservable(deals$, new Map<string, Deal>());
}

/** People by id: who holds and decided the steps, who acted in the history. */
export function useUsers(ids: readonly string[]): ReadonlyMap<string, User> {
  const { database } = useCamSession();
  const key = idKey(ids);
  const users$ = useMemo(
    () =>
      key === ''
        ? of(new Map<string, User>())
        : database.users
            .findByIds(fromKey(key))
            .$.pipe(
              map((found) => new Map([...found].map(([id, doc]) => [id, doc.toJSON() as User]))),
            ),
    [database, key],
  );
  return useObservable(users$, new Map<string, User>());
}

/** The partner's yearly performance documents (a handful), through the partnerId index. */
export function usePerformance(partnerId: string): readonly Performance[] {
  const { database } = useCamSession();
  const performance$ = useMemo(
    () =>
      database.performance
        .find({ selector: { partnerId } })
        .$.pipe(map((docs) => docs.map((doc) => doc.toJSON() as Performance))),
    [database, partnerId],
  );
  return useObservable<readonly Performance[]>(performance$, []);
}

/** Every decision on the request, by anyone, with its outcome: through the requestId index. */
export function useRequestDecisions(requestId: string): readonly Decision[] {
  const { database } = useCamSession();
  const decisions$ = useMemo(
    () =>
      database.decisions
        .find({ selector: { requestId } })
        .$.pipe(map((docs) => docs.map((doc) => doc.toJSON() as Decision))),
    [database, requestId],
  );
  return useObservable<readonly Decision[]>(decisions$, []);
}
