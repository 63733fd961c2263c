import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../../server/db/database';
import { openDatabase } from '../../server/db/open';
import { openPgliteDatabase } from '../../server/db/pglite';
import { openPostgresDatabase } from '../../server/db/postgres';
import { machinePostgresUrl, withSearchPath } from './test-postgres';

/**
 * The run's PostgreSQL, which Vitest's global set-up chose (./test-postgres.ts): the machine's
 * (CI starts it, see .ci/run), TEST_DATABASE_URL, or an embedded one.
 */
export const testPostgresUrl = process.env['TEST_DATABASE_URL'] ?? machinePostgresUrl;

export type TestDatabase = {
  engine: Database['engine'];
  open(): Promise<Database>;
  /** The same database without running migrations, to test them. */
  openUnmigrated(): Promise<Database>;
  /** A connection string for this test's isolated schema (PostgreSQL only). */
  url?: string;
  drop(): Promise<void>;
};

/** A fresh, migrated database on each engine: PGlite in memory, and a PostgreSQL schema of its own. */
export const engines = ['pglite', 'postgres'] as const;

export async function createTestDatabase(engine: (typeof engines)[number]): Promise<TestDatabase> {
  if (engine === 'pglite') {
    return {
      engine,
      open: () => openDatabase({ engine, dataDir: undefined }),
      openUnmigrated: () => openPgliteDatabase(undefined),
      drop: async () => {},
    };
  }
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = withSearchPath(testPostgresUrl, schema);
  return {
    engine,
    url,
    open: () => openDatabase({ engine, url }),
    openUnmigrated: () => openPostgresDatabase(url),
    async drop() {
      const client = new pg.Client({ connectionString: testPostgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}
