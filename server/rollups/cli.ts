import { readServerConfig } from '../config';
import { openDatabase } from '../db/open';
import { refreshTerritoryRollups } from './territory-rollups';

/**
 * `npx tsx server/rollups/cli.ts`: recounts every territory's rollup in the configured store
 * (DATABASE_URL or PRM_DATA_DIR, as `npm run seed`) and publishes it with the current rates.
 */
const database = await openDatabase(readServerConfig(process.env).database);
try {
  const started = performance.now();
  const territories = await refreshTerritoryRollups(database);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const territory of territories) {
    const partners = territory.rollup?.partners.length ?? 0;
    console.log(`${territory.id}: ${String(partners)} partners, in ${territory.reportingCurrency}`);
  }
  console.log(`Rollups refreshed in ${seconds} s`);
} finally {
  await database.close();
}
