import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { BehaviorSubject, filter, type Subscription } from 'rxjs';
import { replicatedCollections } from '../../shared/schema';
import { DEFAULT_PULL_LIMIT, type Checkpoint } from '../../shared/sync/protocol';
import type { CamDatabase } from '../db/database';
import { openChangeStream } from './change-stream';
import { StoreRequestError, storeClient } from './store-client';
import { initialSyncStatus, type SyncStatus } from './sync-status';

const PUSH_BATCH = 100;

/**
 * Replicates every collection with the central store: pulls by checkpoint, pushes local writes,
 * and follows the live stream. The UI never waits for any of it; it watches `status$`.
 */
export function startSync(database: CamDatabase, storeUrl: string) {
  const client = storeClient(storeUrl);
  const lastSyncedKey = `cam-desk.lastSyncedAt.${storeUrl}`;
  const status$ = new BehaviorSubject<SyncStatus>({
    ...initialSyncStatus,
    lastSyncedAt: localStorage.getItem(lastSyncedKey),
  });
  const update = (change: Partial<SyncStatus>) => {
    status$.next({ ...status$.value, ...change });
  };
  const stream = openChangeStream(
    client.streamUrl,
    replicatedCollections.map((collection) => collection.name),
  );
  const subscriptions: Subscription[] = [];
  const pending = new Set<string>();

  function caughtUp() {
    const now = new Date().toISOString();
    localStorage.setItem(lastSyncedKey, now);
    update({ lastSyncedAt: now, problem: null });
  }

  function failed(error: unknown) {
    if (error instanceof StoreRequestError && error.updateRequired) {
      update({ updateRequired: true, problem: error.message });
      void Promise.all(replications.map((replication) => replication.cancel()));
      return;
    }
    const offline = error instanceof TypeError || !navigator.onLine;
    update(offline ? { connection: 'offline' } : { problem: describe(error) });
  }

  // Writes made on this device, not by replication, wait in `pending` until a push answers.
  subscriptions.push(
    database.eventBulks$
      .pipe(filter((bulk) => !bulk.isLocal && !bulk.context.startsWith('replication-')))
      .subscribe((bulk) => {
        for (const event of bulk.events)
          pending.add(`${bulk.collectionName ?? ''}:${event.documentId}`);
        update({ pendingChanges: pending.size });
      }),
    stream.connection$.subscribe((connection) => {
      update({ connection });
    }),
  );

  const replications: RxReplicationState<unknown, Checkpoint>[] = replicatedCollections.map(
    ({ name, primaryKey }) => {
      const collection = database.collections[name];
      const replication = replicateRxCollection<unknown, Checkpoint>({
        collection,
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
        push: {
          batchSize: PUSH_BATCH,
          handler: async (rows) => {
            const conflicts = await client.push(name, rows);
            for (const row of rows) {
              const id = (row.newDocumentState as Record<string, unknown>)[primaryKey];
              pending.delete(`${name}:${String(id)}`);
            }
            update({ pendingChanges: pending.size });
            return conflicts;
          },
        },
      });
      subscriptions.push(
        replication.error$.subscribe((error) => {
          failed(error.parameters.errors?.[0] ?? error);
        }),
      );
      return replication;
    },
  );

  return {
    status$,
    /** Resolves once every collection holds what the store had when this was called. */
    async awaitInSync() {
      await Promise.all(replications.map((replication) => replication.awaitInSync()));
    },
    async stop() {
      for (const subscription of subscriptions) subscription.unsubscribe();
      await Promise.all(replications.map((replication) => replication.cancel()));
      stream.close();
      status$.complete();
    },
  };
}

export type SyncEngine = ReturnType<typeof startSync>;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
