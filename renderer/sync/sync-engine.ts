import { replicateRxCollection } from 'rxdb/plugins/replication';
import { BehaviorSubject, map, type Subscription } from 'rxjs';
import { decisionsCollection, replicatedCollections } from '../../shared/schema';
import type { Checkpoint } from '../../shared/sync/protocol';
import type { CamDatabase } from '../db/database';
import { PULL_BATCH, PUSH_BATCH } from './batches';
import { openChangeStream } from './change-stream';
import { prefetchingPull } from './prefetching-pull';
import { collectionSnapshot } from './snapshot';
import { StoreRequestError, storeClient, type AccessTokenSource } from './store-client';
import { initialSyncStatus, type SyncStatus } from './sync-status';

export type SyncOptions = {
  database: CamDatabase;
  storeUrl: string;
  accessToken: AccessTokenSource;
  /** The signed-in user: their decisions without an outcome are the changes waiting to be sent. */
  userId: string;
  /** The store says what this user may see has changed: the caller wipes and starts over. */
  onScopeChanged: () => void;
  /** The store says this user's access was revoked: the caller signs out and wipes. */
  onRevoked: () => void;
};

/**
 * Replicates every collection with the central store: pulls by checkpoint, follows the live
 * stream, and pushes the one thing a client writes, decisions. The UI never waits for any of it;
 * it watches `status$`.
 */
export function startSync({
  database,
  storeUrl,
  accessToken,
  userId,
  onScopeChanged,
  onRevoked,
}: SyncOptions) {
  const client = storeClient(storeUrl, accessToken);
  const lastSyncedKey = `cam-desk.lastSyncedAt.${storeUrl}`;
  const status$ = new BehaviorSubject<SyncStatus>({
    ...initialSyncStatus,
    lastSyncedAt: localStorage.getItem(lastSyncedKey),
  });
  const update = (change: Partial<SyncStatus>) => {
    status$.next({ ...status$.value, ...change });
  };
  const stream = openChangeStream(
    () => client.streamUrl(),
    replicatedCollections.map((collection) => collection.name),
  );
  const subscriptions: Subscription[] = [];

  function caughtUp() {
    // During a first sync, one collection catching up is not the territory being up to date.
    if (status$.value.downloaded !== null) return;
    const now = new Date().toISOString();
    localStorage.setItem(lastSyncedKey, now);
    update({ lastSyncedAt: now, problem: null });
  }

  function failed(error: unknown) {
    if (error instanceof StoreRequestError && error.status === 426) {
      update({ updateRequired: true, problem: error.message });
      void cancelAll();
      return;
    }
    if (
      error instanceof StoreRequestError &&
      error.status === 401 &&
      /revoked/i.test(error.message)
    ) {
      void cancelAll().then(onRevoked);
      return;
    }
    if (error instanceof StoreRequestError && error.code === 'scope_changed') {
      void cancelAll().then(onScopeChanged);
      return;
    }
    const offline = error instanceof TypeError || !navigator.onLine;
    update(offline ? { connection: 'offline' } : { problem: describe(error) });
  }

  subscriptions.push(
    // The outbox: this user's decisions the store has not answered yet. Persisted, so the count
    // is right after a restart too.
    database.decisions
      .find({ selector: { decidedBy: userId } })
      .$.pipe(map((decisions) => decisions.filter((decision) => !decision.outcome).length))
      .subscribe((pendingChanges) => {
        update({ pendingChanges });
      }),
    stream.connection$.subscribe((connection) => {
      update({ connection });
    }),
  );

  let stopped = false;
  const loads: Promise<unknown>[] = [];
  const pageWritten = (documents: number) => {
    update({ downloaded: (status$.value.downloaded ?? 0) + documents });
  };
  const replications = replicatedCollections.map(({ name }) => {
    const collection = database.collections[name];
    const pushes = name === decisionsCollection.name;
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
      retryTime: 5000,
      waitForLeadership: false,
      pull: {
        batchSize: PULL_BATCH,
        stream$: stream.streamOf(name),
        handler: async (checkpoint, batchSize) => {
          await loaded;
          const from = checkpoint ?? (await snapshot.startingCheckpoint());
          const response = await pull(from, batchSize);
          if (response.documents.length < batchSize) caughtUp();
          return { documents: response.documents, checkpoint: response.checkpoint ?? undefined };
        },
      },
      // Decisions are the only documents a client writes; the store answers each with its
      // stored state and outcome, which RxDB takes as the master state.
      ...(pushes && {
        push: {
          batchSize: PUSH_BATCH,
          handler: (rows) => client.push(name, rows),
        },
      }),
    });
    const loaded = pushes ? Promise.resolve() : loadSnapshot().then(() => undefined, failed);
    loads.push(loaded);
    async function loadSnapshot() {
      await replication.startPromise;
      const writeContext = await replication.internalReplicationState?.downstreamBulkWriteFlag;
      await snapshot.load(pull, PULL_BATCH, {
        stopped: () => stopped,
        writeContext,
        onPage: pageWritten,
      });
    }
    subscriptions.push(
      replication.error$.subscribe((error) => {
        failed(error.parameters.errors?.[0] ?? error);
      }),
    );
    return replication;
  });

  void Promise.all(loads).then(() => {
    if (!stopped) update({ downloaded: null });
  });

  async function cancelAll() {
    stopped = true;
    await Promise.all(replications.map((replication) => replication.cancel()));
  }

  return {
    status$,
    /** Resolves once every collection holds what the store had when this was called. */
    async awaitInSync() {
      await Promise.all(loads);
      await Promise.all(replications.map((replication) => replication.awaitInSync()));
    },
    async stop() {
      for (const subscription of subscriptions) subscription.unsubscribe();
      await cancelAll();
      stream.close();
      status$.complete();
    },
  };
}

export type SyncEngine = ReturnType<typeof startSync>;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
