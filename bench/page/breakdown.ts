import Dexie from 'dexie';
import type { RxCollection } from 'rxdb';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import { collectionCreator, openCamDatabase, type CamDatabase } from '../../renderer/db/database';
import { asDexieRow, dexieTableSchemaOf } from '../../renderer/db/storage-write';
import { prefetchingPull } from '../../renderer/sync/prefetching-pull';
import { collectionSnapshot } from '../../renderer/sync/snapshot';
import { storeClient } from '../../renderer/sync/store-client';
import { replicatedCollections } from '../../shared/schema';
import type { Checkpoint } from '../../shared/sync/protocol';
import type { BreakdownVariant, StoreAccess } from './api';
import { collectionOf, fetchEverything, type Documents } from './documents';

/**
 * Where a first sync's time goes, each way of filling an empty database measured alone on the
 * same documents (see docs/benchmarks.md, "First sync"): what IndexedDB costs with RxDB's
 * storage layout, what RxDB's write path and replication protocol add, and a snapshot load.
 */
export async function breakdown(
  input: StoreAccess & { dbName: string; variant: BreakdownVariant; batchSize: number },
): Promise<{ ms: number }> {
  const client = storeClient(input.storeUrl, () => Promise.resolve(input.token));
  switch (input.variant) {
    case 'layout-floor':
      return { ms: await layoutFloor(await fetchEverything(input), 'app') };
    case 'layout-minimum':
      return { ms: await layoutFloor(await fetchEverything(input), 'none') };
    case 'bulk-insert': {
      const everything = await fetchEverything(input);
      return timedFill(input.dbName, (database) =>
        Promise.all(
          [...everything].map(([name, docs]) => insert(collectionOf(database, name), docs)),
        ),
      );
    }
    case 'replication':
      return timedFill(input.dbName, async (database) => {
        const replications = replicatedCollections.map(({ name }) =>
          replicateRxCollection<unknown, Checkpoint>({
            collection: database.collections[name],
            replicationIdentifier: `bench-${name}`,
            live: false,
            waitForLeadership: false,
            pull: {
              batchSize: input.batchSize,
              handler: async (checkpoint, size) => {
                const page = await client.pull(name, checkpoint, size);
                return { documents: page.documents, checkpoint: page.checkpoint ?? undefined };
              },
            },
          }),
        );
        await Promise.all(replications.map((replication) => replication.awaitInitialReplication()));
        await Promise.all(replications.map((replication) => replication.cancel()));
      });
    case 'snapshot':
      // The app's own first-sync fast path (renderer/sync/snapshot.ts), for every collection.
      return timedFill(input.dbName, (database) =>
        Promise.all(
          replicatedCollections.map(({ name }) => {
            const pull = prefetchingPull<Record<string, unknown>>((checkpoint, limit) =>
              client.pull(name, checkpoint, limit),
            );
            return collectionSnapshot(database, collectionOf(database, name)).load(
              pull,
              input.batchSize,
            );
          }),
        ),
      );
  }
}

/**
 * Raw Dexie bulkPut into the tables and indexes RxDB's Dexie storage creates: with the app's
 * indexes, or with none of them (the indexes RxDB itself always adds: the least any RxDB-on-Dexie
 * sync writes).
 */
async function layoutFloor(everything: Documents, appIndexes: 'app' | 'none'): Promise<number> {
  const databases = replicatedCollections.map((collection) => {
    const database = new Dexie(`bench-layout-${collection.name}`);
    const schema = {
      ...collectionCreator(collection).schema,
      ...(appIndexes === 'none' && { indexes: [] }),
    };
    database.version(1).stores({ docs: dexieTableSchemaOf(schema) });
    return database;
  });
  await Promise.all(databases.map((database) => database.delete().then(() => database.open())));
  const lwt = Date.now();
  const started = performance.now();
  for (const [index, collection] of replicatedCollections.entries()) {
    const docs = (everything.get(collection.name) ?? []).map((doc, position) =>
      asDexieRow(doc, lwt + position / 1000),
    );
    await databases[index]?.table('docs').bulkPut(docs);
  }
  const ms = performance.now() - started;
  await Promise.all(databases.map((database) => database.delete()));
  return ms;
}

/** Times `fill` on a new, empty local database, which is removed afterwards. */
async function timedFill(dbName: string, fill: (database: CamDatabase) => Promise<unknown>) {
  const database = await openCamDatabase(dbName);
  const started = performance.now();
  await fill(database);
  const ms = performance.now() - started;
  await database.remove();
  return { ms };
}

async function insert(collection: RxCollection, docs: readonly Record<string, unknown>[]) {
  const live = docs.filter((doc) => doc['_deleted'] !== true);
  const { error } = await collection.bulkInsert(live.map(({ _deleted: _ignored, ...doc }) => doc));
  if (error.length > 0) throw new Error(`bulkInsert refused ${String(error.length)} documents`);
}
