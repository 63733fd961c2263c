import Dexie from 'dexie';
import type { Request, RequestAttachment } from '../../shared/schema';
import { attachmentCacheName } from '../db/local-databases';

/**
 * The files kept with requests, downloaded for offline reading. Their own Dexie database beside
 * the RxDB one (RxDB is at its collection limit, and blobs do not belong in replicated
 * documents), one per local database, keyed by the content's SHA-256: a file is fetched once
 * however many requests list it, and checked against its hash before it is kept.
 */
export type CachedAttachment = {
  sha256: string;
  mediaType: string;
  content: Blob;
  cachedAt: string;
};

/** The IndexedDB database of a local database's files: wiped with it (deleteLocalDatabase). */
export { attachmentCacheName };

export type AttachmentCache = {
  read(sha256: string): Promise<CachedAttachment | undefined>;
  keep(file: CachedAttachment): Promise<unknown>;
  /** Of these hashes, the ones not kept yet. */
  missing(hashes: readonly string[]): Promise<string[]>;
  close(): void;
};

export function openAttachmentCache(databaseName: string): AttachmentCache {
  const db = new Dexie(attachmentCacheName(databaseName));
  db.version(1).stores({ files: 'sha256' });
  const files = db.table<CachedAttachment, string>('files');
  return {
    read: (sha256) => files.get(sha256),
    keep: (file) => files.put(file),
    async missing(hashes: readonly string[]): Promise<string[]> {
      const unique = [...new Set(hashes)];
      const kept = await files.bulkGet(unique);
      return unique.filter((_hash, index) => kept[index] === undefined);
    },
    close: () => {
      db.close();
    },
  };
}

/** Fetches one file from the store (GET /attachments/:sha256), refused unless its hash matches. */
export type AttachmentFetcher = (sha256: string) => Promise<CachedAttachment>;

export function storeAttachmentFetcher(
  storeUrl: string,
  accessToken: () => Promise<string | null>,
): AttachmentFetcher {
  return async (sha256) => {
    const token = await accessToken();
    if (!token) throw new Error('Sign in to download files');
    const response = await fetch(`${storeUrl}/attachments/${sha256}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`The store answered ${response.status} for file ${sha256}`);
    const bytes = await response.arrayBuffer();
    if ((await sha256Hex(bytes)) !== sha256) {
      throw new Error(`File ${sha256} arrived with other content; it was not kept`);
    }
    const mediaType = response.headers.get('content-type') ?? 'application/octet-stream';
    return {
      sha256,
      mediaType,
      content: new Blob([bytes], { type: mediaType }),
      cachedAt: new Date().toISOString(),
    };
  };
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Downloads the files of these requests that are not kept yet, one at a time (a claim's proof
 * is a handful of files; the sync must not stall behind them). A file that fails is left for
 * the next call; answers how many were kept.
 */
export async function cacheRequestAttachments(
  cache: AttachmentCache,
  requests: Iterable<Pick<Request, 'attachments'>>,
  fetchAttachment: AttachmentFetcher,
): Promise<number> {
  const hashes: string[] = [];
  for (const request of requests) {
    for (const attachment of request.attachments) hashes.push(attachment.sha256);
  }
  let kept = 0;
  for (const sha256 of await cache.missing(hashes)) {
    try {
      await cache.keep(await fetchAttachment(sha256));
      kept += 1;
    } catch {
      // Offline or refused: tried again when the request next replicates.
    }
  }
  return kept;
}

export type { RequestAttachment };
