import { useTestPostgres } from './test-postgres';

/**
 * Vitest's global set-up: decides once which PostgreSQL the run uses (./test-postgres.ts) and
 * hands it to the test workers, started after this, as TEST_DATABASE_URL.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const postgres = await useTestPostgres(process.env, (message) => {
    console.log(`[test PostgreSQL] ${message}`);
  });
  process.env['TEST_DATABASE_URL'] = postgres.url;
  return () => postgres.stop();
}
