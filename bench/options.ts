import { isScaleName, type ScaleName } from '../server/seed/scales';

export type BenchOptions = {
  scale: ScaleName;
  /** The CI smoke run: checks the harness works, not a time. */
  smoke: boolean;
  /** Live stream clients held by one store instance. */
  liveClients: number;
  /** Changes timed from commit to every live client. */
  liveChanges: number;
  /** Decisions queued offline before the reconnect. */
  queuedDecisions: number;
  /** Measurement ids to run (all when undefined). */
  only: readonly string[] | undefined;
  /** Where results and the built page go (one level below the repository root: see build.ts). */
  outDir: string;
  /**
   * PostgreSQL the bench creates its scratch schema in (BENCH_DATABASE_URL); undefined: the tests'
   * (test/support/test-postgres.ts: TEST_DATABASE_URL, the machine's, or an embedded one).
   */
  databaseUrl: string | undefined;
  /** The whole run is stopped after this long. */
  timeoutMinutes: number;
};

export const USAGE = `Usage: npm run bench -- [--smoke] [--scale demo|territory|large] [--clients N]
                        [--changes N] [--decisions N] [--only id,id]

  (no flags)    the full benchmark: large scale, 500 live clients, 20 changes, 500 decisions
  --smoke       demo scale, 5 clients, 3 changes, 10 decisions: checks the harness, not a time
  --only        run only these measurements (ids in the table's first column)
  BENCH_DATABASE_URL names the PostgreSQL database the bench creates and drops its scratch
  schema in; else the tests' (TEST_DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/test,
  else an embedded PostgreSQL started for the run).`;

export class UsageError extends Error {}

/** Reads the command line strictly: an unknown or malformed flag is a usage error. */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const smoke = argv.includes('--smoke');
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] ?? '';
    if (flag === '--smoke') continue;
    if (!['--scale', '--clients', '--changes', '--decisions', '--only'].includes(flag)) {
      throw new UsageError(`Unknown argument "${flag}"`);
    }
    const value = argv[(index += 1)];
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${flag} needs a value`);
    values.set(flag, value);
  }
  const scale = values.get('--scale') ?? (smoke ? 'demo' : 'large');
  if (!isScaleName(scale)) throw new UsageError(`--scale must be demo, territory or large`);
  return {
    scale,
    smoke,
    liveClients: count(values.get('--clients'), smoke ? 5 : 500, '--clients'),
    liveChanges: count(values.get('--changes'), smoke ? 3 : 20, '--changes'),
    queuedDecisions: count(values.get('--decisions'), smoke ? 10 : 500, '--decisions'),
    only: values.get('--only')?.split(',').filter(Boolean),
    outDir: 'bench-results',
    databaseUrl: env['BENCH_DATABASE_URL'] || undefined,
    timeoutMinutes: smoke ? 3 : 60,
  };
}

function count(text: string | undefined, fallback: number, flag: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 5000) {
    throw new UsageError(`${flag} must be a whole number from 1 to 5000 (got "${text}")`);
  }
  return value;
}
