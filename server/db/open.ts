import type { Database } from './database';
import { migrate } from './migrate';
import { openPgliteDatabase } from './pglite';
import { openPostgresDatabase } from './postgres';

export type DatabaseConfig =
  { engine: 'postgres'; url: string } | { engine: 'pglite'; dataDir: string | undefined };

/** Opens the configured engine and brings its schema up to the newest migration. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const database =
    config.engine === 'postgres'
      ? await openPostgresDatabase(config.url)
      : await openPgliteDatabase(config.dataDir);
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
