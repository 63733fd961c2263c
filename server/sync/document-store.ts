import { isTerritoryScoped, type CollectionDefinition } from '../../shared/schema/collection';
import type { ReplicatedCollectionName } from '../../shared/schema';
import type { Checkpoint, PullResponse, WireDocument } from '../../shared/sync/protocol';
import type { Database, Queryable } from '../db/database';
import { scopeRules, type Scope } from './scope';

export const CHANGE_CHANNEL = 'prm_changes';
/** Held by every writer of replicated rows until commit: change numbers commit in order. */
const CHANGE_FEED_LOCK = 727002;
const LOAD_BATCH = 2000;

type StoredRow = { doc: Record<string, unknown>; deleted: boolean; seq: number };

/** One entry of the change feed; `exitFrom` marks a document that left that territory. */
export type Change = StoredRow & { exitFrom: string | null };

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
  const name = collection.name as ReplicatedCollectionName;
  const primaryKey = collection.primaryKey;
  const rule = scopeRules[name];
  const scoped = isTerritoryScoped(collection);

  // Every pull binds the same parameters: $1 user, $2 territories, $3 after seq, $4 limit.
  const withScope = `WITH scope AS (SELECT $1::text AS user_id, $2::text[] AS territories)`;
  const scopedPull = scoped
    ? `${withScope}
       SELECT doc, deleted, seq FROM (
         SELECT doc, deleted, seq, 1 AS position FROM ${table}, scope
         WHERE seq > $3 AND ${rule.sql}
         UNION ALL
         SELECT exited.doc, true, exited.seq, 0 FROM scope_exits exited, scope
         WHERE exited.collection = '${table}' AND exited.seq > $3
           AND exited.territory_id = ANY(scope.territories)
           AND NOT EXISTS (SELECT 1 FROM ${table} WHERE id = exited.id AND ${rule.sql})
       ) changes ORDER BY seq, position LIMIT $4`
    : `${withScope}
       SELECT doc, deleted, seq FROM ${table}, scope WHERE seq > $3 AND ${rule.sql}
       ORDER BY seq LIMIT $4`;

  function toWire(row: StoredRow): WireDocument<Doc> {
    return { ...(row.doc as Doc), _deleted: row.deleted };
  }

  /** Changes after a checkpoint that `scope` may see, oldest first; filtered before limited. */
  async function pull(
    after: Checkpoint | null,
    limit: number,
    scope: Scope,
  ): Promise<PullResponse<Doc>> {
    const rows = await database.query<StoredRow>(scopedPull, [
      scope.userId,
      scope.territoryIds,
      after?.seq ?? 0,
      limit,
    ]);
    const last = rows.at(-1);
    return {
      documents: rows.map(toWire),
      checkpoint: last ? { seq: last.seq } : (after ?? null),
    };
  }

  /** Every change after `seq`, for every scope: what the live stream filters per client. */
  async function changesSince(seq: number, limit: number): Promise<Change[]> {
    const exits = scoped
      ? `UNION ALL SELECT doc, true, seq, territory_id, 0 FROM scope_exits
         WHERE collection = '${table}' AND seq > $1`
      : '';
    return database.query<Change>(
      `SELECT doc, deleted, seq, "exitFrom" FROM (
         SELECT doc, deleted, seq, NULL::text AS "exitFrom", 1 AS position FROM ${table}
         WHERE seq > $1 ${exits}
       ) changes ORDER BY seq, position LIMIT $2`,
      [seq, limit],
    );
  }

  async function get(id: string, tx: Queryable = database, lock = false) {
    const [row] = await tx.query<StoredRow>(
      `SELECT doc, deleted, seq FROM ${table} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row && !row.deleted ? (row.doc as Doc) : undefined;
  }

  /**
   * Writes a document inside the caller's transaction, which must hold the change-feed lock
   * (`lockChangeFeed`) and announce the change (`announceChange`) before it commits.
   */
  async function writeWithin(tx: Queryable, document: Doc, now: Date): Promise<Doc> {
    const id = String(document[primaryKey as keyof Doc]);
    const [current] = await tx.query<StoredRow>(
      `SELECT doc, deleted, seq FROM ${table} WHERE id = $1 FOR UPDATE`,
      [id],
    );
    const written = { ...document, updatedAt: revisionTime(now, current) };
    await tx.query(
      `INSERT INTO ${table} (id, doc, deleted, seq, updated_at)
       VALUES ($1, $2, false, nextval('change_seq'), now())
       ON CONFLICT (id) DO UPDATE
       SET doc = EXCLUDED.doc, deleted = false, seq = EXCLUDED.seq, updated_at = now()`,
      [id, JSON.stringify(written)],
    );
    return written;
  }

  /** Inserts or replaces documents as the server's own writes (server-side changes). */
  async function put(documents: Doc[], now: Date = new Date()): Promise<void> {
    await database.transaction(async (tx) => {
      await lockChangeFeed(tx);
      for (const document of documents) await writeWithin(tx, document, now);
      await announceChange(tx, name);
    });
  }

  /** Marks documents deleted; clients receive tombstones. */
  async function remove(ids: string[]): Promise<void> {
    await database.transaction(async (tx) => {
      await lockChangeFeed(tx);
      await tx.query(
        `UPDATE ${table} SET deleted = true, seq = nextval('change_seq'), updated_at = now()
         WHERE id = ANY($1::text[])`,
        [ids],
      );
      await announceChange(tx, name);
    });
  }

  /**
   * Loads many documents at once (seeding, imports): a few large statements instead of one per
   * row. Each document gets a fresh change number, so clients pull it like any other change.
   */
  async function load(documents: Doc[], now: Date = new Date()): Promise<void> {
    const updatedAt = now.toISOString();
    for (let start = 0; start < documents.length; start += LOAD_BATCH) {
      const batch = documents
        .slice(start, start + LOAD_BATCH)
        .map((document) => ({ ...document, updatedAt }));
      await database.transaction(async (tx) => {
        await lockChangeFeed(tx);
        await tx.query(
          `INSERT INTO ${table} (id, doc, deleted, seq, updated_at)
           SELECT element->>$2, element, false, nextval('change_seq'), now()
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS loaded(element, position)
           ORDER BY position
           ON CONFLICT (id) DO UPDATE
           SET doc = EXCLUDED.doc, deleted = false, seq = EXCLUDED.seq, updated_at = now()`,
          [JSON.stringify(batch), primaryKey],
        );
        await announceChange(tx, name);
      });
    }
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

  return {
    collection,
    pull,
    changesSince,
    get,
    writeWithin,
    put,
    remove,
    load,
    latestSeq,
    count,
  };
}

export type DocumentStore<Doc extends ServerFields = ServerFields> = ReturnType<
  typeof documentStore<Doc>
>;

export async function lockChangeFeed(tx: Queryable) {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_FEED_LOCK]);
}

/** NOTIFY is delivered at commit, to every server instance listening on this database. */
export async function announceChange(tx: Queryable, collection: string) {
  await tx.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, collection]);
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
