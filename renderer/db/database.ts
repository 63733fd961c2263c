import {
  addRxPlugin,
  createRxDatabase,
  type RxCollection,
  type RxCollectionCreator,
  type RxDatabase,
  type RxJsonSchema,
  type RxStorage,
} from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import type { Static } from 'typebox';
import {
  replicatedCollections,
  rxJsonSchemaOf,
  type CollectionDefinition,
  type ReplicatedCollection,
} from '../../shared/schema';

/** One RxDB collection per replicated collection, typed from its shared definition. */
export type CamCollections = {
  [Definition in ReplicatedCollection as Definition['name']]: RxCollection<
    Static<Definition['schema']>
  >;
};

export type CamDatabase = RxDatabase<CamCollections>;

addRxPlugin(RxDBMigrationSchemaPlugin);

/**
 * The local database: RxDB on Dexie (IndexedDB) by default. One per user and store
 * (databaseNameFor), so another store's or another user's data never mixes with this one's.
 */
export async function openCamDatabase(
  name: string,
  storage: RxStorage<unknown, unknown> = getRxStorageDexie(),
): Promise<CamDatabase> {
  if (import.meta.env.DEV) {
    // Dev-mode explains schema mistakes, but injects an iframe from rxdb.info: never in a build.
    const { RxDBDevModePlugin } = await import('rxdb/plugins/dev-mode');
    addRxPlugin(RxDBDevModePlugin);
  }
  const database = await createRxDatabase<CamCollections>({
    name,
    storage: import.meta.env.DEV ? wrappedValidateAjvStorage({ storage }) : storage,
    multiInstance: false,
    closeDuplicates: true,
    // Sync bookkeeping that lives and dies with the data (renderer/sync/snapshot.ts).
    localDocuments: true,
  });
  await database.addCollections(
    Object.fromEntries(
      replicatedCollections.map((collection) => [collection.name, collectionCreator(collection)]),
    ),
  );
  return database;
}

export function collectionCreator(collection: CollectionDefinition): RxCollectionCreator {
  return {
    // The shared definition is plain JSON schema; RxDB checks it again when adding it.
    schema: rxJsonSchemaOf(collection) as RxJsonSchema<Record<string, unknown>>,
    migrationStrategies: collection.upgrades ?? {},
  };
}

/**
 * The local database of one user on one store: named after the store's own id (never its
 * address, which changes when the desktop's embedded store gets another port) and the user, so
 * each keeps theirs across launches and nobody opens another's. Letters, digits and `_` only:
 * the Dexie storage joins names with `--` (db/local-databases.ts).
 */
export function databaseNameFor(storeId: string, userId: string): string {
  const readable = (text: string, length: number) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .slice(0, length);
  return `camdesk_${readable(storeId, 32)}_${readable(userId, 40)}_${fnv1a(userId)}`;
}

/** A short stable hash, so user ids that read the same once cleaned still get their own name. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
