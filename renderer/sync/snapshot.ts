import type { RxCollection } from 'rxdb';
import type { Checkpoint } from '../../shared/sync/protocol';
import type { CamDatabase } from '../db/database';
import { writeStoreState } from '../db/storage-write';
import type { PullPage } from './prefetching-pull';

type Doc = Record<string, unknown>;

/** How far a collection's snapshot got; kept in the database, so it goes when the data goes. */
type SnapshotProgress = { checkpoint: Checkpoint | null; complete: boolean };

const WRITE_CONTEXT = 'prm-snapshot';

type LoadOptions = {
  /** Checked between pages: the sync was stopped. */
  stopped?: () => boolean;
  /**
   * The bulk-write context: the replication's own (replicationWriteContext) makes its upstream
   * see the snapshot for what it is, the store's state, and not as local changes to look through.
   */
  writeContext?: string;
  /** Called after each page is written, with the number of documents it held. */
  onPage?: (documents: number) => void;
};

/**
 * The first sync's fast path for a collection clients only read: pages of the store's changes,
 * each written straight into RxDB's storage in one bulk write (db/storage-write.ts) while the
 * next page downloads, without RxDB replication's per-batch reads and bookkeeping. Replication
 * then starts at the snapshot's last checkpoint (`startingCheckpoint`), and takes over if the
 * snapshot stops early (offline, closed app): the checkpoint after every written page is saved
 * with the data.
 */
export function collectionSnapshot(database: CamDatabase, collection: RxCollection) {
  const progressId = `snapshot-${collection.name}`;

  async function progress(): Promise<SnapshotProgress | null> {
    const document = await database.getLocal<SnapshotProgress>(progressId);
    return document ? document.toJSON().data : null;
  }

  async function save(next: SnapshotProgress) {
    await database.upsertLocal<SnapshotProgress>(progressId, next);
  }

  return {
    /** Where replication starts when RxDB has no checkpoint of its own for this collection. */
    async startingCheckpoint(): Promise<Checkpoint | undefined> {
      return (await progress())?.checkpoint ?? undefined;
    },

    /**
     * Loads the collection if it was never synced (or a snapshot was interrupted); does nothing
     * for a collection that already holds data from replication. Resolves with the documents
     * written; throws what a pull throws.
     */
    async load(
      pull: PullPage<Doc>,
      batchSize: number,
      { stopped = () => false, writeContext = WRITE_CONTEXT, onPage }: LoadOptions = {},
    ): Promise<number> {
      const saved = await progress();
      if (saved?.complete) return 0;
      if (!saved && (await collection.findOne().exec()) !== null) return 0;
      let checkpoint = saved?.checkpoint ?? undefined;
      let written = 0;
      for (;;) {
        if (stopped()) return written;
        const page = await pull(checkpoint, batchSize);
        await writeStoreState(collection as RxCollection<Doc>, page.documents, writeContext);
        written += page.documents.length;
        onPage?.(page.documents.length);
        checkpoint = page.checkpoint ?? checkpoint;
        const complete = page.documents.length < batchSize;
        await save({ checkpoint: checkpoint ?? null, complete });
        if (complete) return written;
      }
    },
  };
}
