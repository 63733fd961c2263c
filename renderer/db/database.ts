import {
  addRxPlugin,
  createRxDatabase,
  type RxCollection,
  type RxDatabase,
  type RxJsonSchema,
} from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { replicatedCollections, rxJsonSchemaOf, type Partner } from '../../shared/schema';

export type CamCollections = {
  partners: RxCollection<Partner>;
};

export type CamDatabase = RxDatabase<CamCollections>;

/**
 * The local database: RxDB on Dexie (IndexedDB). One per store URL, so pointing the app at
 * another central store never mixes its data with this one's.
 */
export async function openCamDatabase(name: string): Promise<CamDatabase> {
  if (import.meta.env.DEV) {
    // Dev-mode explains schema mistakes, but injects an iframe from rxdb.info: never in a build.
    const { RxDBDevModePlugin } = await import('rxdb/plugins/dev-mode');
    addRxPlugin(RxDBDevModePlugin);
  }
  const storage = import.meta.env.DEV
    ? wrappedValidateAjvStorage({ storage: getRxStorageDexie() })
    : getRxStorageDexie();
  const database = await createRxDatabase<CamCollections>({
    name,
    storage,
    multiInstance: false,
    closeDuplicates: true,
  });
  await database.addCollections(
    Object.fromEntries(
      replicatedCollections.map((collection) => [
        collection.name,
        // The shared definition is plain JSON schema; RxDB checks it again when adding it.
        { schema: rxJsonSchemaOf(collection) as RxJsonSchema<Record<string, unknown>> },
      ]),
    ),
  );
  return database;
}

/** A database name IndexedDB accepts, derived from the store the data came from. */
export function databaseNameFor(storeUrl: string): string {
  return `camdesk_${storeUrl.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`.slice(0, 100);
}
