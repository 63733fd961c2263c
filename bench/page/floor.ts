import Dexie from 'dexie';
import { replicatedCollections } from '../../shared/schema';
import type { FloorResult, StoreAccess } from './api';
import { fetchEverything } from './documents';

const FLOOR_DATABASE = 'bench-dexie-floor';

/**
 * The storage floor: the same documents the store sends, written with raw Dexie bulkPut into a
 * table per collection keyed like the collection, in this browser. Nothing RxDB adds (indexes,
 * metadata, replication state) is written, so no sync into IndexedDB can beat it.
 */
export async function measureFloor(access: StoreAccess): Promise<FloorResult> {
  const fetching = performance.now();
  const everything = await fetchEverything(access);
  const fetchMs = performance.now() - fetching;
  let documents = 0;
  let characters = 0;
  for (const docs of everything.values()) {
    documents += docs.length;
    for (const doc of docs) characters += JSON.stringify(doc).length;
  }

  await Dexie.delete(FLOOR_DATABASE);
  const database = new Dexie(FLOOR_DATABASE);
  database
    .version(1)
    .stores(Object.fromEntries(replicatedCollections.map((c) => [c.name, c.primaryKey])));
  await database.open();
  const started = performance.now();
  for (const [name, docs] of everything) await database.table(name).bulkPut(docs);
  const ms = performance.now() - started;
  database.close();
  await Dexie.delete(FLOOR_DATABASE);
  return { ms, documents, megabytes: characters / 1e6, fetchMs };
}
