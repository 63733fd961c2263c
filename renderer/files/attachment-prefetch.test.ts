import { Subject } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Request } from '../../shared/schema';
import type { AttachmentCache, CachedAttachment } from './attachment-cache';
import { startAttachmentPrefetch, type AttachmentPrefetch } from './attachment-prefetch';

type WithFiles = Pick<Request, 'id' | 'status' | 'attachments'>;

const file = (sha: string) => ({
  id: `attachment-${sha}`,
  fileName: `${sha}.csv`,
  mediaType: 'text/csv',
  sizeBytes: 3,
  sha256: sha.padEnd(64, '0'),
  uploadedAt: '2026-11-24T00:00:00.000Z',
});
const request = (id: string, status: Request['status'], shas: string[]): WithFiles => ({
  id,
  status,
  attachments: shas.map(file),
});

/** An in-memory stand-in for the Dexie cache (its own tests run it on IndexedDB). */
function memoryCache(): AttachmentCache & { kept: Map<string, CachedAttachment> } {
  const kept = new Map<string, CachedAttachment>();
  return {
    kept,
    read: async (sha256) => kept.get(sha256),
    keep: async (cached) => {
      kept.set(cached.sha256, cached);
      return cached.sha256;
    },
    missing: async (hashes) => [...new Set(hashes)].filter((hash) => !kept.has(hash)),
    close: () => undefined,
  };
}

describe('startAttachmentPrefetch', () => {
  let running: AttachmentPrefetch | undefined;
  afterEach(() => {
    running?.stop();
  });

  function start(
    initial: WithFiles[],
    options: { online?: () => boolean; failFirst?: boolean } = {},
  ) {
    const cache = memoryCache();
    const changes = new Subject<WithFiles>();
    const fetched: string[] = [];
    const onlineListeners: (() => void)[] = [];
    let failures = options.failFirst ? 1 : 0;
    running = startAttachmentPrefetch({
      cache,
      fetchAttachment: async (sha256) => {
        fetched.push(sha256);
        if (failures > 0) {
          failures -= 1;
          throw new Error('The store answered 503');
        }
        return { sha256, mediaType: 'text/csv', content: new Blob(['a,b']), cachedAt: 'now' };
      },
      initial: async () => initial,
      changes,
      isOnline: options.online ?? (() => true),
      onOnline: (listener) => {
        onlineListeners.push(listener);
        return () => undefined;
      },
      settleMs: 5,
      retryMs: 20,
    });
    return {
      cache,
      changes,
      fetched,
      comeOnline: () => {
        for (const listener of onlineListeners) listener();
      },
    };
  }

  it('keeps the files of open requests, each content once, and never a final request’s', async () => {
    const { cache, changes, fetched } = start([
      request('r1', 'pending_approval', ['aa', 'bb']),
      request('r2', 'approved', ['cc']),
    ]);
    await running?.idle();
    changes.next(request('r3', 'submitted', ['bb', 'dd']));
    changes.next(request('r4', 'rejected', ['ee']));
    changes.next(request('r5', 'info_requested', []));
    await running?.idle();
    expect([...cache.kept.keys()].map((sha) => sha.slice(0, 2)).sort()).toEqual(['aa', 'bb', 'dd']);
    expect(fetched.map((sha) => sha.slice(0, 2)).sort()).toEqual(['aa', 'bb', 'dd']);
  });

  it('forgets a request that became final before its turn', async () => {
    const { cache, changes } = start([]);
    changes.next(request('r1', 'pending_approval', ['aa']));
    changes.next(request('r1', 'approved', ['aa']));
    await running?.idle();
    expect(cache.kept.size).toBe(0);
  });

  it('waits offline, and downloads when the network comes back', async () => {
    let online = false;
    const { cache, comeOnline } = start([request('r1', 'under_review', ['aa'])], {
      online: () => online,
    });
    await running?.idle();
    expect(cache.kept.size).toBe(0);
    online = true;
    comeOnline();
    await running?.idle();
    expect(cache.kept.size).toBe(1);
  });

  it('tries a failed file again later', async () => {
    const { cache, fetched } = start([request('r1', 'under_review', ['aa'])], { failFirst: true });
    await running?.idle();
    await expect.poll(() => cache.kept.size, { timeout: 2000 }).toBe(1);
    expect(fetched).toHaveLength(2);
  });
});

describe('startAttachmentPrefetch while the first look through is slow', () => {
  it('downloads what replicates without waiting for it', async () => {
    const kept: string[] = [];
    const changes = new Subject<WithFiles>();
    let releaseScan: (requests: WithFiles[]) => void = () => undefined;
    const prefetch = startAttachmentPrefetch({
      cache: {
        read: async () => undefined,
        keep: async (cached) => {
          kept.push(cached.sha256);
          return cached.sha256;
        },
        missing: async (hashes) => hashes.filter((hash) => !kept.includes(hash)),
        close: () => undefined,
      },
      fetchAttachment: async (sha256) => ({
        sha256,
        mediaType: 'text/csv',
        content: new Blob(['x']),
        cachedAt: 'now',
      }),
      initial: () =>
        new Promise<WithFiles[]>((resolve) => {
          releaseScan = resolve;
        }),
      changes,
      isOnline: () => true,
      onOnline: () => () => undefined,
      settleMs: 5,
    });
    changes.next(request('r1', 'submitted', ['aa']));
    await expect.poll(() => kept.length, { timeout: 1000 }).toBe(1);
    releaseScan([]);
    await prefetch.idle();
    prefetch.stop();
  });
});
