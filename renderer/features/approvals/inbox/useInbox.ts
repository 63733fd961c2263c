import { useMemo } from 'react';
import type { RxDocument } from 'rxdb';
import { combineLatest, from, map, merge, takeUntil, type Observable } from 'rxjs';
import { statusesAwaitingDecision } from '../../../../shared/rules/request-status';
import type { Decision, Request } from '../../../../shared/schema';
import { useCamSession } from '../../../app/CamContext';
import type { CamDatabase } from '../../../db/database';
import { useObservable } from '../../../app/useObservable';
import {
  toInboxEntry,
  waitsFor,
  type Decider,
  type InboxEntry,
  type InboxScope,
} from './inbox-entry';
import { myDecisionByRequest } from './my-decisions';

export type Inbox = {
  me: Decider;
  /** Requests waiting for me, most urgent first. */
  entries: readonly InboxEntry[];
  entriesById: ReadonlyMap<string, InboxEntry>;
  /** False while only the most urgent page is known (the full list is still being read). */
  complete: boolean;
  /** My decision for each listed request that has one (waiting, or refused by the store). */
  myDecisions: ReadonlyMap<string, Decision>;
};

/** Rows painted before the whole list is read: more than a tall screen shows. */
const FIRST_PAGE = 60;

/**
 * Each stored request becomes an entry once per revision: RxDB hands back the same document
 * object until the request changes, so a new result of the live query maps only what changed.
 */
const entryOf = new WeakMap<object, InboxEntry>();
function entryFor(document: RxDocument<Request>): InboxEntry {
  let entry = entryOf.get(document);
  if (!entry) {
    entry = toInboxEntry(document.toJSON() as Request);
    entryOf.set(document, entry);
  }
  return entry;
}

function inboxOf(
  database: CamDatabase,
  userId: string,
  scope: InboxScope,
): Observable<Inbox | undefined> {
  const selector = { status: { $in: [...statusesAwaitingDecision] } };
  const all = database.requests.find({ selector, sort: [{ dueAt: 'asc' }] });
  const firstPage = database.requests.find({
    selector,
    sort: [{ dueAt: 'asc' }],
    limit: FIRST_PAGE,
  });
  const requests$: Observable<{ documents: RxDocument<Request>[]; complete: boolean }> = merge(
    from(firstPage.exec()).pipe(
      map((documents) => ({ documents, complete: false })),
      takeUntil(all.$),
    ),
    all.$.pipe(map((documents) => ({ documents, complete: true }))),
  );
  const decisions$ = database.decisions
    .find({
      selector: {
        decidedBy: userId,
        $or: [{ outcome: { $eq: null } }, { 'outcome.status': 'rejected' }],
      },
    })
    .$.pipe(map((documents) => documents.map((document) => document.toJSON() as Decision)));
  // A new decision alone keeps the same entries (same array), so the search index and
  // everything derived from the list stay as they are.
  let listed: {
    from: unknown;
    me: unknown;
    entries: InboxEntry[];
    byId: Map<string, InboxEntry>;
  };
  listed = { from: null, me: null, entries: [], byId: new Map() };
  return combineLatest({
    me: database.users.findOne(userId).$,
    requests: requests$,
    decisions: decisions$,
  }).pipe(
    map(({ me, requests, decisions }): Inbox | undefined => {
      if (!me) return undefined;
      const decider: Decider = { id: me.id, role: me.role, territoryIds: [...me.territoryIds] };
      if (listed.from !== requests || listed.me !== me) {
        const entries: InboxEntry[] = [];
        for (const document of requests.documents) {
          const entry = entryFor(document);
          if (waitsFor(entry, decider, scope)) entries.push(entry);
        }
        listed = {
          from: requests,
          me,
          entries,
          byId: new Map(entries.map((entry) => [entry.id, entry])),
        };
      }
      const { entries, byId: entriesById } = listed;
      return {
        me: decider,
        entries,
        entriesById,
        complete: requests.complete,
        myDecisions: myDecisionByRequest(decisions, entriesById),
      };
    }),
  );
}

/**
 * The inbox's data: requests by their indexed status, sorted by the indexed `dueAt`, kept only
 * as light entries; and my decisions that still wait for the store or that it refused (not
 * every decision). The most urgent page is read first so the first rows paint early.
 */
export function useInbox(scope: InboxScope): Inbox | undefined {
  const { database, userId } = useCamSession();
  const inbox$ = useMemo(() => inboxOf(database, userId, scope), [database, userId, scope]);
  return useObservable<Inbox | undefined>(inbox$, undefined);
}
