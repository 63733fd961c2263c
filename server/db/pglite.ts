import { PGlite } from '@electric-sql/pglite';
import { mkdir } from 'node:fs/promises';
import type { Database, SqlParams } from './database';

/** PGlite's data folder when PRM_DATA_DIR is not set. */
export const DEFAULT_DATA_DIR = '.data/prm-store';

/** Where PGlite keeps nothing on disk: for tests and throw-away demos. */
export const IN_MEMORY = 'memory://';

/** Embedded PostgreSQL in `dataDir` (a folder), or in memory (`memory://` or undefined). */
export async function openPgliteDatabase(dataDir: string | undefined): Promise<Database> {
  // PGlite creates only the last folder of the path itself.
  if (dataDir && dataDir !== IN_MEMORY) await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir);
  return {
    engine: 'pglite',
    async query<Row extends object>(sql: string, params: SqlParams = []) {
      const result = await pg.query<Row>(sql, [...params]);
      return result.rows;
    },
    transaction(work) {
      return pg.transaction((tx) =>
        work({
          async query<Row extends object>(sql: string, params: SqlParams = []) {
            return (await tx.query<Row>(sql, [...params])).rows;
          },
          async exec(script) {
            await tx.exec(script);
          },
        }),
      );
    },
    async exec(script) {
      await pg.exec(script);
    },
    // In-process: the connection cannot drop, so onReconnect is never called.
    async listen(channel, { onNotify }) {
      const unlisten = await pg.listen(channel, onNotify);
      return () => unlisten();
    },
    close: () => pg.close(),
  };
}
