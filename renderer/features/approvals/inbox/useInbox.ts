import { useMemo } from 'react';
import type { RxDocument } from 'rxdb';
import {
  combineLatest,
  concat,
  defer,
  filter,
  ignoreElements,
  map,
  merge,
  Observable,
  share,
  shareReplay,
  takeUntil,
  tap,
} from 'rxjs';
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
import { decisionsBeingRecorded } from '../decisions-being-recorded';
import { firstPageKeeper, readFirstPage } from './first-page-snapshot';
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

/** Each stored decision as plain data once per revision, like the entries. */
const decisionOf = new WeakMap<object, Decision>();
function plainDecision(document: RxDocument<Decision>): Decision {
  let decision = decisionOf.get(document);
  if (!decision) {
    decision = document.toJSON();
    decisionOf.set(document, decision);
  }
  return decision;
}

/**
 * Completes after the next frame, or after a moment where no frame comes (a hidden window
 * draws none; Node has no frames at all).
 */
const afterNextFrame = new Observable<void>((subscriber) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = () => {
    clearTimeout(fallback);
    clearTimeout(timer);
    timer = setTimeout(() => {
      subscriber.next();
      subscriber.complete();
    }, 0);
  };
  const fallback = setTimeout(done, NO_FRAME_MS);
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(done) : -1;
  return () => {
    if (frame !== -1) cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(timer);
  };
});
const NO_FRAME_MS = 250;

function inboxOf(
  database: CamDatabase,
  userId: string,
  scope: InboxScope,
): Observable<Inbox | undefined> {
  const selector = { status: { $in: [...statusesAwaitingDecision] } };
  // In due order along the `dueAt` index: a request nobody at the vendor has to act on is due
  // NOT_DUE and sorts last, so the cursor meets the waiting ones first and stops after a page
  // (the planner would pick the `status` index, read every open request and sort them).
  const firstPage = database.requests.find({
    selector,
    sort: [{ dueAt: 'asc' }],
    limit: FIRST_PAGE,
    index: ['dueAt'],
  });
  const all = database.requests.find({ selector, sort: [{ dueAt: 'asc' }] });
  // The same query as the sync engine's outbox count and my recent decisions (RxDB runs one
  // query for the three). It reads every decision I ever made (thousands in a territory), so
  // the first page does not wait for it: that page's own decisions are read by request.
  const decisions$ = database.decisions.find({ selector: { decidedBy: userId } }).$;
  const first$ = defer(async () => {
    const documents = await firstPage.exec();
    const decisions = await Promise.all(
      documents.map((request) =>
        database.decisions
          .find({ selector: { requestId: request.id, decidedBy: userId }, index: ['requestId'] })
          .exec(),
      ),
    );
    return { documents, decisions: decisions.flat() };
  }).pipe(shareReplay(1));
  // The whole list is read once the first page is painted, not beside it: both would share
  // IndexedDB and the main thread, and the first rows would wait for the whole list.
  const requests$: Observable<{ documents: RxDocument<Request>[]; complete: boolean }> = concat(
    first$.pipe(map(({ documents }) => ({ documents, complete: false }))),
    afterNextFrame.pipe(ignoreElements()),
    all.$.pipe(map((documents) => ({ documents, complete: true }))),
  );
  const stored$ = merge(
    first$.pipe(
      map(({ decisions }) => decisions),
      takeUntil(decisions$),
    ),
    decisions$,
  );
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
    stored: stored$,
    recording: decisionsBeingRecorded.decisions$,
  }).pipe(
    map(({ me, requests, stored, recording }): Inbox | undefined => {
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
        myDecisions: myDecisionByRequest(openOrRefused(stored, recording), entriesById),
      };
    }),
  );
}

/**
 * My decisions still waiting for the store or refused by it: the stored ones, and the ones
 * being recorded that the outbox does not show yet. Those it shows are forgotten there.
 */
function openOrRefused(
  stored: readonly RxDocument<Decision>[],
  recording: ReadonlyMap<string, Decision>,
): Decision[] {
  const decisions: Decision[] = [];
  const storedIds: string[] = [];
  for (const document of stored) {
    if (recording.has(document.id)) storedIds.push(document.id);
    const { outcome } = document;
    if (outcome === null || outcome.status === 'rejected') decisions.push(plainDecision(document));
  }
  if (storedIds.length > 0) decisionsBeingRecorded.forgetStored(storedIds);
  const known = new Set(storedIds);
  for (const decision of recording.values()) {
    if (!known.has(decision.id)) decisions.push(decision);
  }
  return decisions;
}

/**
 * The first page as it was last shown (first-page-snapshot.ts), painted from one read until
 * the live inbox answers; and the live inbox's first page kept whenever it changes.
 */
function withKeptFirstPage(
  database: CamDatabase,
  userId: string,
  scope: InboxScope,
  inbox$: Observable<Inbox | undefined>,
): Observable<Inbox | undefined> {
  const keep = firstPageKeeper(database, scope);
  const live$ = inbox$.pipe(
    tap((inbox) => {
      if (!inbox?.complete) return;
      const entries = inbox.entries.slice(0, FIRST_PAGE);
      const decisions = entries.flatMap((entry) => inbox.myDecisions.get(entry.id) ?? []);
      keep(inbox.me, entries, decisions);
    }),
    share(),
  );
  const kept$ = defer(() => readFirstPage(database, scope, userId)).pipe(
    filter((snapshot) => snapshot !== null),
    map(({ me, entries, decisions }): Inbox => {
      const entriesById = new Map(entries.map((entry) => [entry.id, entry]));
      const myDecisions = myDecisionByRequest(decisions, entriesById);
      return { me, entries, entriesById, complete: false, myDecisions };
    }),
    takeUntil(live$),
  );
  return merge(kept$, live$);
}

/**
 * The inbox's data: requests awaiting a decision, sorted by the indexed `dueAt`, kept only as
 * light entries; and my decisions that still wait for the store or that it refused, with the
 * ones being recorded shown from the click. The most urgent page is read first, alone, so the
 * first rows paint early.
 */
export function useInbox(scope: InboxScope): Inbox | undefined {
  const { database, userId } = useCamSession();
  const inbox$ = useMemo(
    () => withKeptFirstPage(database, userId, scope, inboxOf(database, userId, scope)),
    [database, userId, scope],
  );
  return useObservable<Inbox | undefined>(inbox$, undefined);
}
