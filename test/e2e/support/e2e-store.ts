import pg from 'pg';
import { readServerConfig } from '../../../server/config';
import { startStore } from '../../../server/start';
import { e2eAdminUrl, e2eSchema } from './e2e-database';

/**
 * The central store for end-to-end tests: the machine's PostgreSQL, in a schema of its own (so
 * tests can change data "at the store" directly), seeded with the demo data, serving the
 * browser build.
 */
async function main() {
  // A store restarted by a test keeps its data (E2E_KEEP_DATA=1): only a first start resets it.
  if (process.env['E2E_KEEP_DATA'] !== '1') {
    const admin = new pg.Client({ connectionString: e2eAdminUrl });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${e2eSchema} CASCADE`);
    await admin.query(`CREATE SCHEMA ${e2eSchema}`);
    await admin.end();
  }
  const store = await startStore(
    readServerConfig({ ...process.env, PRM_SEED: 'demo', PRM_WEB_ROOT: 'dist/web' }),
  );
  console.log(`e2e store on ${store.url}, schema ${e2eSchema}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void store.close().then(() => process.exit(0)));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
