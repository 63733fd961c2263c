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
type StoredTextRow = { doc: string; deleted: boolean; seq: number };

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
  const page = scoped
    ? `SELECT doc, deleted, seq, position FROM (
         SELECT doc, deleted, seq, 1 AS position FROM ${table}, scope
         WHERE seq > $3 AND ${rule.sql}
         UNION ALL
         SELECT exited.doc, true, exited.seq, 0 FROM scope_exits exited, scope
         WHERE exited.collection = '${table}' AND exited.seq > $3
           AND exited.territory_id = ANY(scope.territories)
           AND NOT EXISTS (SELECT 1 FROM ${table} WHERE id = exited.id AND ${rule.sql})
       ) changes ORDER BY seq, position LIMIT $4`
    : `SELECT doc, deleted, seq, 1 AS position FROM ${table}, scope
       WHERE seq > $3 AND ${rule.sql} ORDER BY seq LIMIT $4`;
  // `doc` as stored, or as its JSON text for the wire (`pullText`): computed from the page's rows
  // only, after the limit, never for the rows the limit leaves out.
  const pullWith = (doc: 'doc' | 'doc::text') =>
    `${withScope} SELECT ${doc} AS doc, deleted, seq FROM (${page}) page ORDER BY seq, position`;
  const pullDocuments = pullWith('doc');
  const pullDocumentTexts = pullWith('doc::text');

  function toWire(row: StoredRow): WireDocument<Doc> {
    return { ...(row.doc as Doc), _deleted: row.deleted };
  }

  function checkpointAfter(
    rows: readonly { seq: number }[],
    after: Checkpoint | null,
  ): Checkpoint | null {
    const last = rows.at(-1);
    return last ? { seq: last.seq } : after;
  }

  function pullParameters(after: Checkpoint | null, limit: number, scope: Scope) {
    return [scope.userId, scope.territoryIds, after?.seq ?? 0, limit];
  }

  /** Changes after a checkpoint that `scope` may see, oldest first; filtered before limited. */
  async function pull(
    after: Checkpoint | null,
    limit: number,
    scope: Scope,
  ): Promise<PullResponse<Doc>> {
    const rows = await database.query<StoredRow>(
      pullDocuments,
      pullParameters(after, limit, scope),
    );
    return { documents: rows.map(toWire), checkpoint: checkpointAfter(rows, after) };
  }

  /**
   * The same page as `pull`, with `documents` as the JSON text of the wire documents: the stored
   * JSON goes to the client as PostgreSQL prints it, never parsed and serialised again here.
   */
  async function pullText(
    after: Checkpoint | null,
    limit: number,
    scope: Scope,
  ): Promise<{ documents: string; checkpoint: Checkpoint | null }> {
    const rows = await database.query<StoredTextRow>(
      pullDocumentTexts,
      pullParameters(after, limit, scope),
    );
    return {
      documents: `[${rows.map(wireText).join(',')}]`,
      checkpoint: checkpointAfter(rows, after),
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
    return (await getMany([id], tx, lock)).get(id);
  }

  /** The live documents among `ids`, by id; `lock` holds their rows until the transaction ends. */
  async function getMany(
    ids: readonly string[],
    tx: Queryable = database,
    lock = false,
  ): Promise<Map<string, Doc>> {
    const rows = await tx.query<{ id: string; doc: Doc }>(
      `SELECT id, doc FROM ${table} WHERE id = ANY($1::text[]) AND NOT deleted
       ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.doc]));
  }

  /**
   * Writes documents inside the caller's transaction, which must hold the change-feed lock
   * (`lockChangeFeed`) and announce the change (`announceChange`) before it commits. Two
   * statements whatever the count; each document gets its own change number, in the given order
   * (a later state of the same document wins). Returns them as written.
   */
  async function writeManyWithin(tx: Queryable, documents: Doc[], now: Date): Promise<Doc[]> {
    if (documents.length === 0) return [];
    const idOf = (document: Doc) => String(document[primaryKey as keyof Doc]);
    const latest = new Map(documents.map((document) => [idOf(document), document]));
    const previous = await tx.query<{ id: string; updatedAt: string | null }>(
      `SELECT id, doc->>'updatedAt' AS "updatedAt" FROM ${table}
       WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`,
      [[...latest.keys()]],
    );
    const previousAt = new Map(previous.map((row) => [row.id, row.updatedAt]));
    const written = [...latest].map(([id, document]) => ({
      ...document,
      updatedAt: revisionTime(now, previousAt.get(id)),
    }));
    await insertWithin(tx, written);
    return written;
  }

  /** One statement for many rows, each with the next change number in array order. */
  async function insertWithin(tx: Queryable, documents: readonly Doc[]) {
    await tx.query(
      `INSERT INTO ${table} (id, doc, deleted, seq, updated_at)
       SELECT element->>$2, element, false, nextval('change_seq'), now()
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS written(element, position)
       ORDER BY position
       ON CONFLICT (id) DO UPDATE
       SET doc = EXCLUDED.doc, deleted = false, seq = EXCLUDED.seq, updated_at = now()`,
      [JSON.stringify(documents), primaryKey],
    );
  }

  /** Inserts or replaces documents as the server's own writes (server-side changes). */
  async function put(documents: Doc[], now: Date = new Date()): Promise<void> {
    await database.transaction(async (tx) => {
      await lockChangeFeed(tx);
      await writeManyWithin(tx, documents, now);
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
        await insertWithin(tx, batch);
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
    pullText,
    changesSince,
    get,
    getMany,
    writeManyWithin,
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
function revisionTime(now: Date, previousUpdatedAt: string | null | undefined): string {
  const previous = previousUpdatedAt ? Date.parse(previousUpdatedAt) : Number.NaN;
  const at = Number.isNaN(previous) ? now.getTime() : Math.max(now.getTime(), previous + 1);
  return new Date(at).toISOString();
}

/** A stored document's JSON text (never `{}`: it has its key) with the wire's `_deleted` added. */
function wireText({ doc, deleted }: StoredTextRow): string {
  return `${doc.slice(0, doc.lastIndexOf('}'))},"_deleted":${String(deleted)}}`;
}

function tableName(collection: CollectionDefinition): string {
  if (!/^[a-z][a-z0-9_]*$/.test(collection.name)) {
    throw new Error(`Collection name "${collection.name}" is not a safe table name`);
  }
  return collection.name;
}
