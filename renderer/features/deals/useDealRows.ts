import { useMemo } from 'react';
import type { RxDocument } from 'rxdb';
import { asyncScheduler, map, throttleTime } from 'rxjs';
import type { Deal } from '../../../shared/schema';
import { useCamSession } from '../../app/CamContext';
import { useObservable } from '../../app/useObservable';
import { dealRow, type DealRow } from './deal-row';

/** While the first sync writes deals page by page, the table catches up at most this often. */
const CATCH_UP_MS = 500;

/**
 * The deals of the local database (of one partner, if given) as table rows, live. Each stored
 * revision is read into a row once: a replication change re-reads only the documents it
 * changed, and unchanged rows keep their identity, so 100,000 deals are not copied again.
 */
export function useDealRows(partnerId?: string): DealRow[] | undefined {
  const { database } = useCamSession();
  const rows$ = useMemo(() => {
    const read = new WeakMap<RxDocument<Deal>, DealRow>();
    const rowOf = (document: RxDocument<Deal>) => {
      let row = read.get(document);
      if (!row) {
        row = dealRow(document.toJSON() as Deal);
        read.set(document, row);
      }
      return row;
    };
    const query = partnerId
      ? database.deals.find({ selector: { partnerId } })
      : database.deals.find();
    return query.$.pipe(
      throttleTime(CATCH_UP_MS, asyncScheduler, { leading: true, trailing: true }),
      map((documents) => documents.map(rowOf)),
    );
  }, [database, partnerId]);
  return useObservable<DealRow[] | undefined>(rows$, undefined);
}

/** Partner names by id, for the deals table's partner column. */
export function usePartnerNames(): ReadonlyMap<string, string> | undefined {
  const { database } = useCamSession();
  const names$ = useMemo(
    () =>
      database.partners
        .find()
        .$.pipe(
          map(
            (documents) =>
              new Map(documents.map((document) => [document.id, document.name] as const)),
          ),
        ),
    [database],
  );
  return useObservable<ReadonlyMap<string, string> | undefined>(names$, undefined);
}
