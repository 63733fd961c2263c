import { storageKeys } from '../app/storage-keys';

/**
 * The local databases on this device, seen through IndexedDB itself: RxDB's Dexie storage keeps
 * each collection of a database `name` in an IndexedDB database called
 * `rxdb-dexie-<name>--<schema version>--<collection>`. Reading them raw lets the app count the
 * unsent decisions of a database it has not opened (RxDB allows one open database's worth of
 * collections per page), and delete exactly the databases it means to.
 */

const PREFIX = 'rxdb-dexie-';
/** Names the app gives its databases (databaseNameFor) and the ones older versions gave. */
const APP_DATABASE = /^camdesk_[a-z0-9_]+$/;

/**
 * The files kept with a local database's requests (renderer/files) are an IndexedDB database of
 * their own; it is part of that local database, so every wipe and clean-up takes it too.
 */
const FILES_PREFIX = 'camdesk-files-';
export const attachmentCacheName = (databaseName: string) => `${FILES_PREFIX}${databaseName}`;

/** The local database each IndexedDB database belongs to, or null when it is not one of ours. */
export function localDatabaseOf(indexedDbName: string): string | null {
  if (indexedDbName.startsWith(FILES_PREFIX)) {
    const name = indexedDbName.slice(FILES_PREFIX.length);
    return APP_DATABASE.test(name) ? name : null;
  }
  if (!indexedDbName.startsWith(PREFIX)) return null;
  const separator = indexedDbName.indexOf('--', PREFIX.length);
  if (separator < 0) return null;
  const name = indexedDbName.slice(PREFIX.length, separator);
  return APP_DATABASE.test(name) ? name : null;
}

async function indexedDbNames(): Promise<string[]> {
  const databases = await indexedDB.databases();
  return databases.flatMap((database) => (database.name ? [database.name] : []));
}

/** Every local database of this app present on the device. */
export async function listLocalDatabases(): Promise<string[]> {
  const names = (await indexedDbNames()).map(localDatabaseOf);
  return [...new Set(names.filter((name): name is string => name !== null))].sort();
}

/**
 * Deletes every IndexedDB database the local database `name` is made of, its kept files
 * included, and nothing else (`camdesk_a` never takes `camdesk_ab` with it). RxDB's own remove
 * leaves some behind.
 */
export async function deleteLocalDatabase(name: string): Promise<void> {
  const parts = (await indexedDbNames()).filter((candidate) => localDatabaseOf(candidate) === name);
  await Promise.all(parts.map(deleteIndexedDb));
}

/**
 * Wipes the local database `name` so that it is gone even if the window closes half way: the
 * wipe is noted first (before `closeFirst`, RxDB's own remove, runs) and the note removed once
 * every part is deleted, and `finishPendingWipes`
 * (at every start) deletes whatever a cut-off wipe left. A revoked user's copy never survives.
 */
export async function wipeLocalDatabase(
  name: string,
  closeFirst: () => Promise<unknown> = () => Promise.resolve(),
): Promise<void> {
  notePendingWipes([...new Set([...pendingWipes(), name])]);
  await closeFirst();
  await deleteLocalDatabase(name);
  notePendingWipes(pendingWipes().filter((pending) => pending !== name));
}

/** Deletes what wipes cut off by a closed window left behind. */
export async function finishPendingWipes(): Promise<void> {
  for (const name of pendingWipes()) await wipeLocalDatabase(name);
}

function pendingWipes(): string[] {
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(storageKeys.pendingWipes) ?? '[]');
    return Array.isArray(kept)
      ? kept.filter((name): name is string => typeof name === 'string' && APP_DATABASE.test(name))
      : [];
  } catch {
    return [];
  }
}

function notePendingWipes(names: readonly string[]): void {
  if (names.length === 0) localStorage.removeItem(storageKeys.pendingWipes);
  else localStorage.setItem(storageKeys.pendingWipes, JSON.stringify(names));
}

/** The collections whose documents without an outcome are commands waiting to be sent. */
const OUTBOX_COLLECTIONS = ['--decisions', '--activities'];

/**
 * Decisions and notes in the local database `name` that the store has not answered yet. Reads
 * the documents as Dexie stores them (`_deleted` is kept as '0' or '1'). Only a note can lack an
 * outcome among activities, and only since activities version 2 (older ones have none at all).
 */
export async function countUnsentCommands(name: string): Promise<number> {
  const parts = (await indexedDbNames()).filter(
    (candidate) =>
      localDatabaseOf(candidate) === name &&
      OUTBOX_COLLECTIONS.some((collection) => candidate.endsWith(collection)),
  );
  let unsent = 0;
  for (const part of parts) {
    const documents = await readAll(part, 'docs');
    unsent += documents.filter(isUnsent).length;
  }
  return unsent;
}

function isUnsent(document: unknown): boolean {
  if (typeof document !== 'object' || document === null) return false;
  const { outcome, _deleted: deleted } = document as { outcome?: unknown; _deleted?: unknown };
  return outcome === null && deleted !== '1' && deleted !== true;
}

function readAll(indexedDbName: string, storeName: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(indexedDbName);
    opening.onerror = () => {
      reject(opening.error ?? new Error(`Could not open ${indexedDbName}`));
    };
    opening.onsuccess = () => {
      const database = opening.result;
      if (!database.objectStoreNames.contains(storeName)) {
        database.close();
        resolve([]);
        return;
      }
      const reading = database.transaction(storeName, 'readonly').objectStore(storeName).getAll();
      reading.onsuccess = () => {
        database.close();
        resolve(reading.result as unknown[]);
      };
      reading.onerror = () => {
        database.close();
        reject(reading.error ?? new Error(`Could not read ${indexedDbName}`));
      };
    };
  });
}

function deleteIndexedDb(indexedDbName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(indexedDbName);
    request.onsuccess = () => {
      resolve();
    };
    request.onerror = () => {
      reject(request.error ?? new Error(`Could not delete ${indexedDbName}`));
    };
  });
}
