import type { CollectionDefinition } from '../../shared/schema/collection';
import type { Checkpoint, PullResponse, PushRow, WireDocument } from '../../shared/sync/protocol';
import type { Database, Queryable } from '../db/database';

export const CHANGE_CHANNEL = 'prm_changes';
/** Held by every writer of replicated rows until commit: change numbers commit in order. */
const CHANGE_FEED_LOCK = 727002;

type StoredRow = { doc: Record<string, unknown>; deleted: boolean; seq: number };
type ServerFields = { updatedAt: string };

/**
 * Reads and writes one replicated collection's table. Every write takes the next change number
 * under the change-feed lock and announces itself with NOTIFY (delivered at commit), so every
 * server instance over this database can stream it.
 */
export function documentStore<Doc extends ServerFields>(
  database: Database,
  collection: CollectionDefinition,
) {
  const table = tableName(collection);
  const primaryKey = collection.primaryKey;

  function toWire(row: StoredRow): WireDocument<Doc> {
    return { ...(row.doc as Doc), _deleted: row.deleted };
  }

  async function pull(after: Checkpoint | null, limit: number): Promise<PullResponse<Doc>> {
    const rows = await database.query<StoredRow>(
      `SELECT doc, deleted, seq FROM ${table} WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [after?.seq ?? 0, limit],
    );
    const last = rows.at(-1);
    return {
      documents: rows.map(toWire),
      checkpoint: last ? { seq: last.seq } : (after ?? null),
    };
  }

  /** Writes rows whose assumed state matches the server's; returns the server state of the rest. */
  async function push(rows: PushRow<Doc>[], now: Date = new Date()): Promise<WireDocument<Doc>[]> {
    const conflicts: WireDocument<Doc>[] = [];
    await database.transaction(async (tx) => {
      await lockChangeFeed(tx);
      for (const row of rows) {
        const id = String(row.newDocumentState[primaryKey as keyof Doc]);
        const [current] = await tx.query<StoredRow>(
          `SELECT doc, deleted, seq FROM ${table} WHERE id = $1 FOR UPDATE`,
          [id],
        );
        if (current && !sameRevision(current, row.assumedMasterState)) {
          conflicts.push(toWire(current));
          continue;
        }
        const { _deleted: deleted, ...document } = row.newDocumentState;
        const updatedAt = revisionTime(now, current);
        await writeDocument(tx, id, { ...document, updatedAt }, deleted);
      }
      await announce(tx);
    });
    return conflicts;
  }

  /** Inserts or replaces documents as the server's own writes (seeding, server-side changes). */
  async function put(documents: Doc[], now: Date = new Date()): Promise<void> {
    await database.transaction(async (tx) => {
      await lockChangeFeed(tx);
      for (const document of documents) {
        const id = String(document[primaryKey as keyof Doc]);
        const [current] = await tx.query<StoredRow>(
          `SELECT doc, deleted, seq FROM ${table} WHERE id = $1 FOR UPDATE`,
          [id],
        );
        await writeDocument(tx, id, { ...document, updatedAt: revisionTime(now, current) }, false);
      }
      await announce(tx);
    });
  }

  async function writeDocument(tx: Queryable, id: string, doc: unknown, deleted: boolean) {
    await tx.query(
      `INSERT INTO ${table} (id, doc, deleted, seq, updated_at)
       VALUES ($1, $2, $3, nextval('change_seq'), now())
       ON CONFLICT (id) DO UPDATE
       SET doc = EXCLUDED.doc, deleted = EXCLUDED.deleted, seq = EXCLUDED.seq, updated_at = now()`,
      [id, JSON.stringify(doc), deleted],
    );
  }

  async function announce(tx: Queryable) {
    await tx.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, collection.name]);
  }

  async function latestSeq(): Promise<number> {
    const [row] = await database.query<{ seq: number | null }>(
      `SELECT max(seq) AS seq FROM ${table}`,
    );
    return row?.seq ?? 0;
  }

  async function count(): Promise<number> {
    const [row] = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table} WHERE NOT deleted`,
    );
    return row?.n ?? 0;
  }

  return { collection, pull, push, put, latestSeq, count };
}

export type DocumentStore<Doc extends ServerFields = ServerFields> = ReturnType<
  typeof documentStore<Doc>
>;

async function lockChangeFeed(tx: Queryable) {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_FEED_LOCK]);
}

/** The client's assumed master state matches the stored row (same revision, same deletion). */
function sameRevision(current: StoredRow, assumed: WireDocument<ServerFields> | undefined) {
  if (!assumed) return false;
  return current.doc['updatedAt'] === assumed.updatedAt && current.deleted === assumed._deleted;
}

/**
 * `updatedAt` doubles as the document's revision, so a new write must never reuse the previous
 * one's instant, even within the same millisecond or after the clock steps back.
 */
function revisionTime(now: Date, current: StoredRow | undefined): string {
  const previous = current ? Date.parse(String(current.doc['updatedAt'])) : Number.NaN;
  const at = Number.isNaN(previous) ? now.getTime() : Math.max(now.getTime(), previous + 1);
  return new Date(at).toISOString();
}

function tableName(collection: CollectionDefinition): string {
  if (!/^[a-z][a-z0-9_]*$/.test(collection.name)) {
    throw new Error(`Collection name "${collection.name}" is not a safe table name`);
  }
  return collection.name;
}
