import { useMemo } from 'react';
import { map } from 'rxjs';
import type { Partner } from '../../../shared/schema';
import { useCamSession } from '../../app/CamContext';
import { useObservable } from '../../app/useObservable';

/** Every partner in the local database, live: replication updates re-render the list. */
export function usePartners(): Partner[] | undefined {
  const { database } = useCamSession();
  const partners$ = useMemo(
    () =>
      database.partners
        .find({ sort: [{ name: 'asc' }] })
        .$.pipe(map((documents) => documents.map((document) => document.toJSON() as Partner))),
    [database],
  );
  return useObservable<Partner[] | undefined>(partners$, undefined);
}
