import type { PullResponse } from '../../shared/sync/protocol';
import type { Database } from '../db/database';
import { CHANGE_CHANNEL, type DocumentStore } from './document-store';

type Batch = PullResponse<unknown>;
type Listener = (batch: Batch) => void;

const BATCH_SIZE = 1000;

/**
 * Turns NOTIFY from any server instance into batches of changed documents for this instance's
 * live streams. One reader per collection follows the change numbers, so each change is read
 * once per instance however many clients listen.
 */
export function createChangeFeed(
  database: Database,
  stores: readonly DocumentStore[],
  onError: (error: unknown, collection: string) => void,
) {
  const followers = new Map(stores.map((store) => [store.collection.name, follow(store)]));
  let unlisten: (() => Promise<void>) | undefined;

  function follow(store: DocumentStore) {
    const listeners = new Set<Listener>();
    let seq = 0;
    let reading: Promise<void> | undefined;
    let again = false;

    async function readNewChanges() {
      for (;;) {
        const batch = await store.pull({ seq }, BATCH_SIZE);
        if (batch.documents.length === 0) return;
        seq = batch.checkpoint?.seq ?? seq;
        for (const listener of listeners) listener(batch);
        if (batch.documents.length < BATCH_SIZE) return;
      }
    }

    function onNotify() {
      if (reading) {
        again = true;
        return;
      }
      reading = readNewChanges()
        .catch((error: unknown) => {
          onError(error, store.collection.name);
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
      listeners,
      onNotify,
      async start() {
        seq = await store.latestSeq();
      },
      idle: () => reading ?? Promise.resolve(),
    };
  }

  return {
    async start() {
      for (const follower of followers.values()) await follower.start();
      unlisten = await database.listen(CHANGE_CHANNEL, (collection) =>
        followers.get(collection)?.onNotify(),
      );
    },
    subscribe(collection: string, listener: Listener): () => void {
      const follower = followers.get(collection);
      if (!follower) throw new Error(`No change feed for collection "${collection}"`);
      follower.listeners.add(listener);
      return () => {
        follower.listeners.delete(listener);
      };
    },
    async stop() {
      await unlisten?.();
      await Promise.all([...followers.values()].map((follower) => follower.idle()));
    },
  };
}

export type ChangeFeed = ReturnType<typeof createChangeFeed>;
