import { useMemo } from 'react';
import { map, of } from 'rxjs';
import type { Request } from '../../../../shared/schema';
import { useCamSession } from '../../../app/CamContext';
import { useObservable } from '../../../app/useObservable';
import { toInboxEntry, type InboxEntry } from './inbox-entry';

/** The one full request the detail area shows, live; undefined until read or when none. */
export function useRequest(requestId: string | null): Request | undefined {
  const { database } = useCamSession();
  const request$ = useMemo(
    () =>
      requestId === null
        ? of(undefined)
        : database.requests
            .findOne(requestId)
            .$.pipe(map((document) => (document ? (document.toJSON() as Request) : undefined))),
    [database, requestId],
  );
  return useObservable<Request | undefined>(request$, undefined);
}

/** A request as the detail area shows it, for one shown from outside the inbox's list. */
export function useRequestEntry(requestId: string | null): InboxEntry | undefined {
  const request = useRequest(requestId);
  return useMemo(() => (request ? toInboxEntry(request) : undefined), [request]);
}
