import { useMemo } from 'react';
import { map } from 'rxjs';
import type { Partner, Territory } from '../../../shared/schema';
import { useCamSession } from '../../app/CamContext';
import { useObservable } from '../../app/useObservable';

export type ReportChoices = { territories: Territory[]; partners: Partner[] };

/** What the options offer: the territories (their currencies) and partners (their regions). */
export function useReportChoices(): ReportChoices | undefined {
  const { database } = useCamSession();
  const territories$ = useMemo(
    () =>
      database.territories
        .find()
        .$.pipe(map((documents) => documents.map((document) => document.toJSON() as Territory))),
    [database],
  );
  const partners$ = useMemo(
    () =>
      database.partners
        .find({ sort: [{ name: 'asc' }] })
        .$.pipe(map((documents) => documents.map((document) => document.toJSON() as Partner))),
    [database],
  );
  const territories = useObservable<Territory[] | undefined>(territories$, undefined);
  const partners = useObservable<Partner[] | undefined>(partners$, undefined);
  return useMemo(
    () => (territories && partners ? { territories, partners } : undefined),
    [territories, partners],
  );
}
