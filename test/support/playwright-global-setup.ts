import { e2eSchema } from '../e2e/support/e2e-database';
import { e2eStorePort, startE2eWebServer } from './e2e-web-server';
import { useTestPostgres, withSearchPath } from './test-postgres';

/**
 * Playwright's global set-up: decides which PostgreSQL the run uses (./test-postgres.ts), hands
 * it to the workers (forked after this) as TEST_DATABASE_URL, then starts the browser build
 * served by a store on it, seeded with demo data. The returned function is the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const postgres = await useTestPostgres(process.env, (message) => {
    console.log(`[test PostgreSQL] ${message}`);
  });
  process.env['TEST_DATABASE_URL'] = postgres.url;
  try {
    const server = await startE2eWebServer(
      'npm run build:web && tsx test/e2e/support/e2e-store.ts',
      {
        ...process.env,
        PRM_PORT: String(e2eStorePort),
        DATABASE_URL: withSearchPath(postgres.url, e2eSchema),
      },
    );
    return async () => {
      await server.stop();
      await postgres.stop();
    };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}
