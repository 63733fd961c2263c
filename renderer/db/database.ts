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
 * The local database: RxDB on Dexie (IndexedDB) by default. One per store URL, so pointing the
 * app at another central store never mixes its data with this one's.
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

/** A database name IndexedDB accepts, derived from the store the data came from. */
export function databaseNameFor(storeUrl: string): string {
  return `camdesk_${storeUrl.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`.slice(0, 100);
}
