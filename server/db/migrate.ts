import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from './database';

/**
 * server/migrations, found from this module in the source tree (server/db/) or from a bundle
 * one folder below the project root (dist-server/, dist-electron/).
 */
export const migrationsDir =
  [new URL('../migrations/', import.meta.url), new URL('../server/migrations/', import.meta.url)]
    .map((url) => fileURLToPath(url))
    .find((dir) => existsSync(`${dir}001_change_feed_and_partners.sql`)) ?? 'server/migrations/';

/** A numbered file (`NNN_snake_case.sql`): applied once, recorded in schema_migrations. */
export type Migration = { version: number; name: string; sql: string };

/** A file of `repeatable/`: functions (CREATE OR REPLACE only), applied on every run. */
export type RepeatableScript = { name: string; sql: string };

const migrationFile = /^(\d{3})_([a-z0-9_]+)\.sql$/;

export async function loadMigrations(dir = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  const migrations = await Promise.all(
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
  migrations.forEach((migration, index) => {
    if (migrations[index - 1]?.version === migration.version) {
      throw new Error(`Two migration files have version ${fileName(migration)}`);
    }
  });
  return migrations;
}

export async function loadRepeatableScripts(
  dir = `${migrationsDir}repeatable/`,
): Promise<RepeatableScript[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  return Promise.all(
    files.map(async (file) => ({ name: file, sql: await readFile(`${dir}${file}`, 'utf8') })),
  );
}

/**
 * Brings the database up to the newest migration, in one transaction (all or nothing) under an
 * advisory lock that keeps two instances starting together from racing: first checks that what
 * schema_migrations records is what these files are, then applies the repeatable scripts (the
 * functions migrations call), then the numbered migrations not yet recorded. Returns the
 * versions it applied.
 */
export async function migrate(
  database: Database,
  migrations?: Migration[],
  repeatable?: RepeatableScript[],
): Promise<number[]> {
  const numbered = migrations ?? (await loadMigrations());
  const scripts = repeatable ?? (await loadRepeatableScripts());
  await database.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  return database.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(727001)');
    const recorded = await tx.query<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    checkRecorded(recorded, numbered);
    for (const script of scripts) await tx.exec(script.sql);
    const done = new Set(recorded.map((row) => row.version));
    const applied: number[] = [];
    for (const migration of numbered) {
      if (done.has(migration.version)) continue;
      await apply(tx, migration);
      applied.push(migration.version);
    }
    return applied;
  });
}

async function apply(tx: Queryable, migration: Migration) {
  await tx.exec(migration.sql);
  await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
    migration.version,
    migration.name,
  ]);
}

/**
 * A database records each migration it applied by version and name. One whose records are not
 * these files (a file renamed or squashed after the database applied it, or a database a newer
 * build migrated) would silently diverge from what the files make: stop before changing anything.
 */
function checkRecorded(
  recorded: readonly { version: number; name: string }[],
  migrations: readonly Migration[],
) {
  const byVersion = new Map(migrations.map((migration) => [migration.version, migration]));
  for (const { version, name } of recorded) {
    const file = byVersion.get(version);
    if (!file) {
      throw new Error(
        `This database records migration ${version} "${name}", for which this build has no file: ` +
          'a newer or different build of the store migrated it. Open it with that build.',
      );
    }
    if (file.name !== name) {
      throw new Error(
        `This database records migration ${version} "${name}", but this build's file for ` +
          `version ${version} is ${fileName(file)}: the numbered files changed after the ` +
          'database applied them. Nothing was changed.',
      );
    }
  }
}

function fileName(migration: Migration): string {
  return `${String(migration.version).padStart(3, '0')}_${migration.name}.sql`;
}
