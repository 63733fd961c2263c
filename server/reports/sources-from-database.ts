import { readServerConfig } from '../config';
import { openDatabase } from '../db/open';
import { sourceCollections, sourceKeys, type CliSources } from './sources';

/**
 * Every live document of the store's own database (DATABASE_URL or PRM_DATA_DIR): no user's
 * scope applies, so the report sees all territories. Read in one transaction so the
 * collections agree with each other.
 */
export async function sourcesFromDatabase(env: NodeJS.ProcessEnv): Promise<CliSources> {
  const database = await openDatabase(readServerConfig(env).database);
  try {
    return await database.transaction(async (tx) => {
      const sources: Partial<Record<string, unknown[]>> = {};
      for (const key of sourceKeys) {
        // The collection names are fixed identifiers of the schema, never input.
        const rows = await tx.query<{ doc: unknown }>(
          `SELECT doc FROM ${sourceCollections[key].name} WHERE NOT deleted ORDER BY id`,
        );
        sources[key] = rows.map((row) => row.doc);
      }
      // Each table holds its collection's documents, as the store wrote them.
      return sources as CliSources;
    });
  } finally {
    await database.close();
  }
}
