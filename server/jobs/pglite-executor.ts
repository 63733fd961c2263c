import type PgBoss from 'pg-boss';
import type { Database } from '../db/database';

/** PostgreSQL's answer to several statements sent as one prepared statement. */
const SEVERAL_STATEMENTS = /cannot insert multiple commands into a prepared statement/;

/**
 * pg-boss's `db` option over the store's own Database (PGlite). pg-boss sends its schema scripts
 * and locked sections as one text of several statements without parameters, which PGlite runs
 * only through `exec`; everything else goes through `query` and answers its rows.
 */
export function pgliteExecutor(database: Database): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      if (values.length > 0) return { rows: await database.query(text, values) };
      try {
        return { rows: await database.query(text) };
      } catch (error) {
        if (!(error instanceof Error) || !SEVERAL_STATEMENTS.test(error.message)) throw error;
        await database.exec(text);
        return { rows: [] };
      }
    },
  };
}
