import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { BehaviorSubject, map, type Subscription } from 'rxjs';
import { decisionsCollection, replicatedCollections } from '../../shared/schema';
import { DEFAULT_PULL_LIMIT, type Checkpoint } from '../../shared/sync/protocol';
import type { CamDatabase } from '../db/database';
import { openChangeStream } from './change-stream';
import { StoreRequestError, storeClient, type AccessTokenSource } from './store-client';
import { initialSyncStatus, type SyncStatus } from './sync-status';

const PUSH_BATCH = 100;

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

  const replications: RxReplicationState<unknown, Checkpoint>[] = replicatedCollections.map(
    ({ name }) => {
      const replication = replicateRxCollection<unknown, Checkpoint>({
        collection: database.collections[name],
        replicationIdentifier: `prm-${name}-${storeUrl}`,
        live: true,
        retryTime: 5000,
        waitForLeadership: false,
        pull: {
          batchSize: DEFAULT_PULL_LIMIT,
          stream$: stream.streamOf(name),
          handler: async (checkpoint, batchSize) => {
            const response = await client.pull(name, checkpoint, batchSize);
            if (response.documents.length < batchSize) caughtUp();
            return { documents: response.documents, checkpoint: response.checkpoint ?? undefined };
          },
        },
        // Decisions are the only documents a client writes; the store answers each with its
        // stored state and outcome, which RxDB takes as the master state.
        ...(name === decisionsCollection.name && {
          push: {
            batchSize: PUSH_BATCH,
            handler: (rows) => client.push(name, rows),
          },
        }),
      });
      subscriptions.push(
        replication.error$.subscribe((error) => {
          failed(error.parameters.errors?.[0] ?? error);
        }),
      );
      return replication;
    },
  );

  async function cancelAll() {
    await Promise.all(replications.map((replication) => replication.cancel()));
  }

  return {
    status$,
    /** Resolves once every collection holds what the store had when this was called. */
    async awaitInSync() {
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
