import type { ReplicatedCollectionName } from '../../shared/schema';
import type { PullResponse, WireDocument } from '../../shared/sync/protocol';
import type { Database } from '../db/database';
import { CHANGE_CHANNEL, type Change, type DocumentStore } from './document-store';
import { scopeFingerprint, scopeRules, type Scope } from './scope';

/** A live stream's receiver: what it may see, and where its batches go. */
export type Subscriber = {
  scope: Scope;
  deliver(collection: string, batch: PullResponse<unknown>): void;
  /** Changes may have been missed (the feed lost its LISTEN): the client must pull again. */
  resync(): void;
};

const BATCH_SIZE = 1000;
const MIN_READ_RETRY_MS = 1000;
const MAX_READ_RETRY_MS = 30_000;

/**
 * Turns NOTIFY from any server instance into per-client batches for this instance's live
 * streams. One reader per collection follows the change numbers, so each change is read once
 * per instance however many clients listen; each client gets only what its scope may see.
 */
export function createChangeFeed(
  database: Database,
  stores: readonly DocumentStore[],
  onError: (error: unknown, collection: string) => void,
) {
  const subscribers = new Set<Subscriber>();
  const followers = new Map(stores.map((store) => [store.collection.name, follow(store)]));
  let unlisten: (() => Promise<void>) | undefined;

  function follow(store: DocumentStore) {
    const name = store.collection.name;
    let seq = 0;
    let reading: Promise<void> | undefined;
    let again = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let retryMs = MIN_READ_RETRY_MS;
    let stopped = false;

    async function readNewChanges() {
      for (;;) {
        const changes = await store.changesSince(seq, BATCH_SIZE);
        const last = changes.at(-1);
        if (!last) return;
        seq = last.seq;
        for (const subscriber of subscribers) {
          const documents = visibleChanges(
            name as ReplicatedCollectionName,
            changes,
            subscriber.scope,
          );
          if (documents.length === 0) continue;
          subscriber.deliver(name, {
            documents,
            checkpoint: { seq, scope: scopeFingerprint(subscriber.scope) },
          });
        }
        if (changes.length < BATCH_SIZE) return;
      }
    }

    function onNotify() {
      if (stopped) return;
      if (reading) {
        again = true;
        return;
      }
      clearTimeout(retry);
      reading = readNewChanges()
        .then(() => {
          retryMs = MIN_READ_RETRY_MS;
        })
        .catch((error: unknown) => {
          onError(error, name);
          // The change is committed but unread (the database is likely away): read again later
          // rather than wait for a NOTIFY that may never come.
          retry = setTimeout(onNotify, retryMs);
          retryMs = Math.min(retryMs * 2, MAX_READ_RETRY_MS);
        })
        .finally(() => {
          reading = undefined;
          if (again) {
            again = false;
            onNotify();
          }
        });
    }

    return {
      onNotify,
      async start() {
        seq = await store.latestSeq();
      },
      async stop() {
        stopped = true;
        clearTimeout(retry);
        await reading;
      },
    };
  }

  /** NOTIFYs sent while LISTEN was down are lost: read everything since each last change. */
  function catchUp() {
    for (const subscriber of subscribers) subscriber.resync();
    for (const follower of followers.values()) follower.onNotify();
  }

  return {
    async start() {
      for (const follower of followers.values()) await follower.start();
      unlisten = await database.listen(CHANGE_CHANNEL, {
        onNotify: (collection) => followers.get(collection)?.onNotify(),
        onReconnect: catchUp,
      });
    },
    subscribe(subscriber: Subscriber): () => void {
      subscribers.add(subscriber);
      return () => {
        subscribers.delete(subscriber);
      };
    },
    get subscriberCount() {
      return subscribers.size;
    },
    async stop() {
      await unlisten?.();
      await Promise.all([...followers.values()].map((follower) => follower.stop()));
    },
  };
}

export type ChangeFeed = ReturnType<typeof createChangeFeed>;

/**
 * The part of a batch one scope may see: documents the scope rule admits, and tombstones for
 * documents that left one of its territories for a place it cannot see.
 */
export function visibleChanges(
  collection: ReplicatedCollectionName,
  changes: readonly Change[],
  scope: Scope,
): WireDocument<unknown>[] {
  const rule = scopeRules[collection];
  const stillVisible = new Set(
    changes
      .filter((change) => change.exitFrom === null && rule.includes(change.doc, scope))
      .map((change) => `${String(change.doc['id'])}@${change.seq}`),
  );
  return changes.flatMap((change) => {
    if (change.exitFrom === null) {
      return rule.includes(change.doc, scope) ? [{ ...change.doc, _deleted: change.deleted }] : [];
    }
    const left = scope.territoryIds.includes(change.exitFrom);
    const back = stillVisible.has(`${String(change.doc['id'])}@${change.seq}`);
    return left && !back ? [{ ...change.doc, _deleted: true }] : [];
  });
}
