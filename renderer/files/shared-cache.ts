import { openAttachmentCache, type AttachmentCache } from './attachment-cache';

const caches = new Map<string, AttachmentCache>();

/**
 * One open cache per local database for the whole page: the detail panel and the background
 * download share it (Dexie keeps one connection per database anyway).
 */
export function sharedAttachmentCache(databaseName: string): AttachmentCache {
  let cache = caches.get(databaseName);
  if (!cache) {
    cache = openAttachmentCache(databaseName);
    caches.set(databaseName, cache);
  }
  return cache;
}

/** Closes and forgets a local database's cache (before it is deleted). */
export function closeSharedAttachmentCache(databaseName: string): void {
  caches.get(databaseName)?.close();
  caches.delete(databaseName);
}
