import type { Database } from '../db/database';
import type { DocumentStore } from './document-store';

/**
 * The last change number of every collection, scope exits included, in one query: what the
 * stream's `heads` event sends (shared/sync/protocol.ts). Each max is read from the `seq`
 * index. A collection with no change yet is 0.
 */
export function streamHeads(database: Database, stores: readonly DocumentStore[]) {
  const sql = stores
    .map(({ collection: { name } }) => {
      // Collection names are the code's own identifiers (shared/schema), never input.
      return `SELECT '${name}' AS collection, coalesce(greatest(
          (SELECT max(seq) FROM ${name}),
          (SELECT max(seq) FROM scope_exits WHERE collection = '${name}')), 0) AS seq`;
    })
    .join(' UNION ALL ');
  return async (): Promise<Record<string, number>> => {
    const rows = await database.query<{ collection: string; seq: number }>(sql);
    return Object.fromEntries(rows.map((row) => [row.collection, row.seq]));
  };
}
