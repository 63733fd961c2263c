import type { RxCollection } from 'rxdb';
import type { CamDatabase } from '../../renderer/db/database';
import { storeClient } from '../../renderer/sync/store-client';
import { replicatedCollections } from '../../shared/schema';
import { MAX_PULL_LIMIT, type Checkpoint } from '../../shared/sync/protocol';
import type { Counts, StoreAccess } from './api';

export type Documents = Map<string, Record<string, unknown>[]>;

/** Every document the store sends the user, by collection, through the renderer's own client. */
export async function fetchEverything(access: StoreAccess): Promise<Documents> {
  const client = storeClient(access.storeUrl, () => Promise.resolve(access.token));
  const everything: Documents = new Map();
  for (const { name } of replicatedCollections) {
    const documents: Record<string, unknown>[] = [];
    let checkpoint: Checkpoint | undefined;
    for (;;) {
      const page = await client.pull(name, checkpoint, MAX_PULL_LIMIT);
      for (const document of page.documents) if (!document._deleted) documents.push(document);
      checkpoint = page.checkpoint ?? undefined;
      if (page.documents.length < MAX_PULL_LIMIT) break;
    }
    everything.set(name, documents);
  }
  return everything;
}

/** A collection of the local database by name, untyped: for code that treats all alike. */
export function collectionOf(database: CamDatabase, name: string): RxCollection {
  // Every collection counts, finds and inserts alike; the union of their typed forms is not
  // callable, so the bench handles them as plain RxCollections.
  const collection = (database.collections as Record<string, RxCollection | undefined>)[name];
  if (!collection) throw new Error(`No collection ${name}`);
  return collection;
}

/** How many documents each collection of the local database holds. */
export async function countAll(database: CamDatabase): Promise<Counts> {
  const counts = await Promise.all(
    replicatedCollections.map(
      async ({ name }) => [name, await collectionOf(database, name).count().exec()] as const,
    ),
  );
  return Object.fromEntries(counts);
}
