import { replicateRxCollection } from 'rxdb/plugins/replication';
import { BehaviorSubject, combineLatest, map, type Subscription } from 'rxjs';
import {
  activitiesCollection,
  decisionsCollection,
  replicatedCollections,
  type Activity,
  type Decision,
} from '../../shared/schema';
import type { Checkpoint, PushRow } from '../../shared/sync/protocol';
import type { CamDatabase } from '../db/database';
import { replicationWriteContext } from '../db/storage-write';
import { PULL_BATCH, PUSH_BATCH } from './batches';
import { openChangeStream } from './change-stream';
import { prefetchingPull } from './prefetching-pull';
import { pushEachNote, pushEachRow } from './push-decisions';
import { interruptibleDelay } from './retry-delay';
import { collectionSnapshot } from './snapshot';
import {
  NoAccessTokenError,
  StoreRequestError,
  storeClient,
  type AccessTokenSource,
} from './store-client';
import { initialSyncStatus, type SyncStatus } from './sync-status';
import { storageKeys } from '../app/storage-keys';

export type SyncOptions = {
  database: CamDatabase;
  storeUrl: string;
  accessToken: AccessTokenSource;
  /** Whether a sign-in session is kept (it may just be unable to renew its token offline). */
  hasSession: () => Promise<boolean>;
  /**
   * The signed-in user: their decisions and notes without an outcome are the changes waiting to
   * be sent (the outbox).
   */
  userId: string;
  /**
   * The store says what this user may see has changed. The outbox has been sent (and answered)
   * before this is called: the caller wipes and starts over.
   */
  onScopeChanged: () => void;
  /** The store says this user's access was revoked: the caller wipes, whatever was unsent. */
  onRevoked: (unsentCommands: number) => void;
};

/** RxDB retries a failed pull or push after this long; each client picks its own, so a store
 * that comes back is not hit by every client at the same moment. */
const RETRY_MIN_MS = 3000;
const RETRY_SPREAD_MS = 6000;
/** How long sign-out waits for the outbox to reach the store before asking the CAM. */
export const SEND_BEFORE_SIGN_OUT_MS = 10_000;
/** Between attempts to send the outbox before a scope change wipes the local copy. */
const SCOPE_CHANGE_RETRY_MS = 5000;

/**
 * Replicates every collection with the central store: pulls by checkpoint, follows the live
 * stream, and pushes the commands a client writes: decisions, and notes (activities). The UI
 * never waits for any of it;
 * it watches `status$`.
 */
export function startSync({
  database,
  storeUrl,
  accessToken,
  hasSession,
  userId,
  onScopeChanged,
  onRevoked,
}: SyncOptions) {
  const client = storeClient(storeUrl, accessToken);
  const lastSyncedKey = storageKeys.lastSyncedAt(database.name);
  const offlineSinceKey = storageKeys.offlineSince(database.name);
  const status$ = new BehaviorSubject<SyncStatus>({
    ...initialSyncStatus,
    lastSyncedAt: localStorage.getItem(lastSyncedKey),
    offlineSince: localStorage.getItem(offlineSinceKey),
  });
  const update = (change: Partial<SyncStatus>) => {
    status$.next({ ...status$.value, ...change });
  };
  const stream = openChangeStream(
    () => client.streamUrl(),
    replicatedCollections.map((collection) => collection.name),
    // An invalid event is not applied (the collection re-pulls instead), but it is a problem.
    { onInvalid: failed },
  );
  const subscriptions: Subscription[] = [];
  /** Between attempts of an interrupted first sync (the snapshot of a collection). */
  const retryDelay = interruptibleDelay(() => RETRY_MIN_MS + Math.random() * RETRY_SPREAD_MS);

  function caughtUp() {
    // During a first sync, one collection catching up is not the territory being up to date.
    if (status$.value.downloaded !== null) return;
    const now = new Date().toISOString();
    localStorage.setItem(lastSyncedKey, now);
    update({ lastSyncedAt: now, problem: null, needsSignIn: false });
  }

  let ending = false;
  function failed(error: unknown) {
    if (ending) return;
    if (error instanceof StoreRequestError && error.status === 426) {
      update({ updateRequired: true, problem: error.message });
      void cancelAll();
      return;
    }
    // Branch on the store's code, never its words (docs/sync-protocol.md).
    if (error instanceof StoreRequestError && error.code === 'session_revoked') {
      ending = true;
      void cancelAll().then(unsentCommands).then(onRevoked);
      return;
    }
    if (error instanceof StoreRequestError && error.code === 'scope_changed') {
      ending = true;
      void cancelAll().then(sendOutboxBeforeStartingOver).then(onScopeChanged);
      return;
    }
    if (error instanceof NoAccessTokenError) {
      // Offline, a kept session simply cannot renew its token yet; only a lost one needs sign-in.
      void hasSession().then((kept) => {
        update(kept ? { connection: 'offline' } : { needsSignIn: true });
      });
      return;
    }
    if (error instanceof StoreRequestError && error.status === 401) {
      update({ needsSignIn: true, problem: error.message });
      return;
    }
    const offline = error instanceof TypeError || !navigator.onLine;
    update(offline ? { connection: 'offline' } : { problem: describe(error) });
  }

  /** Judges a handler's failure with the error itself, then lets RxDB retry as usual. */
  function reportingFailures<Args extends unknown[], Result>(
    handler: (...args: Args) => Promise<Result>,
  ): (...args: Args) => Promise<Result> {
    return async (...args) => {
      try {
        return await handler(...args);
      } catch (error) {
        failed(error);
        throw error;
      }
    };
  }

  /** This user's decisions the store has not answered yet. */
  const myDecisions = database.decisions.find({ selector: { decidedBy: userId } });
  // Notes have no index of their author (it may be null): this reads the activities once, then
  // RxDB keeps the answer up to date from each change.
  const myNotes = database.activities.find({ selector: { kind: 'note', actorId: userId } });
  const waiting = <Doc extends { outcome: unknown }>(documents: readonly Doc[]) =>
    documents.filter((document) => !document.outcome);
  const unsent$ = combineLatest([myDecisions.$, myNotes.$]).pipe(
    map(([decisions, notes]) => waiting(decisions).length + waiting(notes).length),
  );
  /** Decisions and notes the store has not answered yet. */
  async function unsentCommands(): Promise<number> {
    const [decisions, notes] = await Promise.all([myDecisions.exec(), myNotes.exec()]);
    return waiting(decisions).length + waiting(notes).length;
  }

  /** Pushes the outbox outside replication (which a scope change has stopped). */
  async function pushOutboxDirectly(): Promise<void> {
    const rowsOf = <Doc>(documents: readonly { toJSON(): unknown; outcome: unknown }[]) =>
      documents
        .filter((document) => !document.outcome)
        .map((document): PushRow<Doc> => ({
          newDocumentState: { ...(document.toJSON() as Doc), _deleted: false },
        }));
    const decisions = rowsOf<Decision>(await myDecisions.exec());
    for (let start = 0; start < decisions.length; start += PUSH_BATCH) {
      await pushEachRow(
        (batch) => client.pushDecisions(batch),
        decisions.slice(start, start + PUSH_BATCH),
      );
    }
    const notes = rowsOf<Activity>(await myNotes.exec());
    for (let start = 0; start < notes.length; start += PUSH_BATCH) {
      await pushEachNote(
        (batch) => client.pushNotes(batch),
        notes.slice(start, start + PUSH_BATCH),
      );
    }
  }

  /** A scope change wipes the local copy: only once every waiting decision has been answered. */
  async function sendOutboxBeforeStartingOver(): Promise<void> {
    for (;;) {
      try {
        await pushOutboxDirectly();
        return;
      } catch (error) {
        update({ problem: describe(error) });
        await new Promise((resolve) => setTimeout(resolve, SCOPE_CHANGE_RETRY_MS));
      }
    }
  }

  subscriptions.push(
    // The outbox: this user's decisions the store has not answered yet. Persisted, so the count
    // is right after a restart too.
    unsent$.subscribe((unsent) => {
      update({ pendingChanges: unsent });
    }),
    stream.connection$.subscribe((connection) => {
      if (connection === 'offline' && !status$.value.offlineSince) {
        const since = status$.value.lastSyncedAt ?? new Date().toISOString();
        localStorage.setItem(offlineSinceKey, since);
        update({ connection, offlineSince: since });
      } else if (connection === 'online') {
        localStorage.removeItem(offlineSinceKey);
        update({ connection, offlineSince: null });
        // The store is reachable again: an interrupted first sync goes on now, not after its delay.
        retryDelay.wake();
      } else {
        update({ connection });
      }
    }),
  );

  let stopped = false;
  const loads: Promise<unknown>[] = [];
  const pageWritten = (documents: number) => {
    update({ downloaded: (status$.value.downloaded ?? 0) + documents });
  };
  const replications = replicatedCollections.map(({ name }) => {
    const collection = database.collections[name];
    const pushesDecisions = name === decisionsCollection.name;
    const pushesNotes = name === activitiesCollection.name;
    const pull = prefetchingPull<Record<string, unknown>>((checkpoint, limit) =>
      client.pull(name, checkpoint, limit),
    );
    // A collection only read is first loaded as a snapshot, which replication then continues
    // (or finishes, if it stopped early). Decisions (a few, and pushed) are left to replication,
    // which tells the store's answers from this device's own writes.
    const snapshot = collectionSnapshot(database, collection);
    const replication = replicateRxCollection<unknown, Checkpoint>({
      collection,
      replicationIdentifier: `prm-${name}-${storeUrl}`,
      live: true,
      retryTime: RETRY_MIN_MS + Math.round(Math.random() * RETRY_SPREAD_MS),
      waitForLeadership: false,
      pull: {
        batchSize: PULL_BATCH,
        stream$: stream.streamOf(name),
        handler: reportingFailures(async (checkpoint, batchSize) => {
          await loaded;
          const from = checkpoint ?? (await snapshot.startingCheckpoint());
          // Every RESYNC pulls. Sparing the pulls the stream's heads called needless lost, in the
          // approvals e2e, the request a decision pushed on reconnection had moved (the row kept
          // its old step for minutes); until that race is understood the heads are not used
          // (docs/sync-protocol.md).
          const response = await pull(from, batchSize);
          if (response.documents.length < batchSize) caughtUp();
          return { documents: response.documents, checkpoint: response.checkpoint ?? undefined };
        }),
      },
      // Decisions and notes are the only documents a client writes; the store answers each with
      // its stored state and outcome, which RxDB takes as the master state.
      ...(pushesDecisions && {
        push: {
          batchSize: PUSH_BATCH,
          handler: reportingFailures((rows) =>
            pushEachRow((batch) => client.pushDecisions(batch), rows as PushRow<Decision>[]),
          ),
        },
      }),
      ...(pushesNotes && {
        push: {
          batchSize: PUSH_BATCH,
          handler: reportingFailures((rows) => pushNotes(rows as PushRow<Activity>[])),
        },
      }),
    });
    const loaded = pushesDecisions
      ? Promise.resolve()
      : loadSnapshot().then(() => undefined, failed);
    loads.push(loaded);
    async function loadSnapshot() {
      const writeContext = await replicationWriteContext(replication);
      // Offline or the store away: the snapshot itself goes on from its last written page once
      // the store answers again, rather than leaving the rest to replication's slower path.
      // A scope change, a revoked session or an outdated app stop the sync, and so this loop.
      while (!stopped) {
        try {
          await snapshot.load(pull, PULL_BATCH, {
            stopped: () => stopped,
            writeContext,
            onPage: pageWritten,
          });
          return;
        } catch (error) {
          failed(error);
          await retryDelay.wait();
        }
      }
    }
    subscriptions.push(
      replication.error$.subscribe((error) => {
        // The handlers' own failures were judged as they happened (RxDB passes them on here
        // only as plain JSON, without their class or status); anything else is RxDB's.
        if (error.code !== 'RC_PULL' && error.code !== 'RC_PUSH') failed(error);
      }),
    );
    return replication;
  });

  /**
   * Only the outbox is sent: RxDB offers every document it has no master state for, and the
   * activities the snapshot wrote (the store's own) are among them. Those are the store's state
   * already; answering nothing for them tells RxDB so.
   */
  function pushNotes(rows: PushRow<Activity>[]) {
    const outbox = rows.filter(({ newDocumentState: note }) => isUnsentNote(note, userId));
    return pushEachNote((batch) => client.pushNotes(batch), outbox);
  }

  const outboxReplications = replicatedCollections.flatMap((collection, index) => {
    const pushed =
      collection.name === decisionsCollection.name || collection.name === activitiesCollection.name;
    const replication = replications[index];
    return pushed && replication ? [replication] : [];
  });

  void Promise.all(loads).then(() => {
    if (!stopped) update({ downloaded: null });
  });

  async function cancelAll() {
    stopped = true;
    retryDelay.wake();
    await Promise.all(replications.map((replication) => replication.cancel()));
  }

  return {
    status$,
    /** Resolves once every collection holds what the store had when this was called. */
    async awaitInSync() {
      await Promise.all(loads);
      await Promise.all(replications.map((replication) => replication.awaitInSync()));
    },
    /**
     * Sends the outbox now and waits for the store's answers, at most `timeoutMs`. Resolves with
     * how many decisions and notes are still unanswered (0: everything reached the store).
     */
    async sendOutbox(timeoutMs: number): Promise<number> {
      // Offline there is no one to send them to: the CAM is told the count at once.
      if (!ending && status$.value.connection !== 'offline') {
        for (const replication of outboxReplications) replication.reSync();
        await Promise.race([
          Promise.all(outboxReplications.map((replication) => replication.awaitInSync())),
          new Promise((resolve) => setTimeout(resolve, timeoutMs)),
        ]);
      }
      return unsentCommands();
    },
    unsentCommands,
    async stop() {
      for (const subscription of subscriptions) subscription.unsubscribe();
      await cancelAll();
      stream.close();
      status$.complete();
    },
  };
}

export type SyncEngine = ReturnType<typeof startSync>;

/** A note this user wrote that the store has not answered: the outbox's part in activities. */
function isUnsentNote(note: Activity, userId: string): boolean {
  return note.kind === 'note' && note.actorId === userId && note.outcome === null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
