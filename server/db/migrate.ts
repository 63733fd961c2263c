import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

/**
 * server/migrations, found from this module in the source tree (server/db/) or from a bundle
 * one folder below the project root (dist-server/, dist-electron/).
 */
export const migrationsDir =
  [new URL('../migrations/', import.meta.url), new URL('../server/migrations/', import.meta.url)]
    .map((url) => fileURLToPath(url))
    .find((dir) => existsSync(`${dir}001_change_feed_and_partners.sql`)) ?? 'server/migrations/';

export type Migration = { version: number; name: string; sql: string };

const migrationFile = /^(\d{3})_([a-z0-9_]+)\.sql$/;

export async function loadMigrations(dir = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  return Promise.all(
    files.map(async (file) => {
      const match = migrationFile.exec(file);
      if (!match?.[1] || !match[2]) {
        throw new Error(`Migration file "${file}" must be named NNN_snake_case.sql`);
      }
      return {
        version: Number(match[1]),
        name: match[2],
        sql: await readFile(`${dir}${file}`, 'utf8'),
      };
    }),
  );
}

/**
 * Applies, in order and each in its own transaction, the numbered migrations not yet recorded
 * in schema_migrations. An advisory lock keeps two instances starting together from racing.
 */
export async function migrate(database: Database, migrations?: Migration[]): Promise<number[]> {
  const pending = migrations ?? (await loadMigrations());
  await database.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: number[] = [];
  await database.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(727001)');
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map(
        (row) => row.version,
      ),
    );
    for (const migration of pending) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
  });
  return applied;
}
