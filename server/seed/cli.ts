import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { replicatedCollections } from '../../shared/schema';
import { ConfigError, readServerConfig } from '../config';
import type { Database } from '../db/database';
import { openDatabase } from '../db/open';
import { runSweepsOnce } from '../jobs/sweeps';
import { documentStore } from '../sync/document-store';
import { seedMoment } from './demo';
import { DEFAULT_SEED, generateDataset } from './generate';
import { loadDataset } from './load';
import { seedWorkflowStore } from './workflow-seed';
import { isScaleName, scaleNames, type ScaleName } from './scales';

export const USAGE = `Usage: npm run seed -- --scale ${scaleNames.join('|')} [--seed N] [--reset]

Fills the central store configured by the environment (DATABASE_URL for PostgreSQL, otherwise
PGlite in PRM_DATA_DIR) with a generated data set.

  --scale   demo: 2 territories, about 60 partners; territory: 300 partners, 10,000 deals;
            large: 2,000 partners, 100,000 deals, 10,000 open requests (the benchmark)
  --seed    a whole number from 0 to 4294967295 (default ${DEFAULT_SEED}); same seed, same data
  --reset   empty every collection first; without it a store holding data is left alone`;

export const EXIT_OK = 0;
/** The store already holds data, or it failed while seeding. */
export const EXIT_FAILED = 1;
/** Bad flags or configuration: nothing was written. */
export const EXIT_USAGE = 2;

export type SeedOptions = { scale: ScaleName; seed: number; reset: boolean };

export type SeedCliOutput = {
  out(line: string): void;
  error(line: string): void;
  /** The clock, for tests; the data set is as of the start of this day (UTC). */
  now?: () => Date;
};

const consoleOutput: SeedCliOutput = {
  out: (line) => {
    console.log(line);
  },
  error: (line) => {
    console.error(line);
  },
};

class UsageError extends Error {}

/** Reads the flags strictly: anything unknown, missing or malformed is a usage error. */
export function parseSeedArguments(argv: readonly string[]): SeedOptions {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    const [flag = '', inline] = argument.split(/=(.*)/s, 2);
    if (flag === '--reset') {
      if (inline !== undefined) throw new UsageError('--reset takes no value');
      remember(values, flag, 'yes');
    } else if (flag === '--scale' || flag === '--seed') {
      const value = inline ?? argv[(index += 1)];
      if (value === undefined || value === '' || value.startsWith('--')) {
        throw new UsageError(`${flag} needs a value`);
      }
      remember(values, flag, value);
    } else {
      throw new UsageError(
        argument.startsWith('-') ? `Unknown flag ${argument}` : `Unexpected argument "${argument}"`,
      );
    }
  }
  const scale = values.get('--scale');
  if (scale === undefined) throw new UsageError('--scale is required');
  if (!isScaleName(scale)) {
    throw new UsageError(`--scale must be one of ${scaleNames.join(', ')} (got "${scale}")`);
  }
  const seedText = values.get('--seed');
  const seed = seedText === undefined ? DEFAULT_SEED : Number(seedText);
  if (seedText !== undefined && (!/^\d+$/.test(seedText) || seed > 0xffffffff)) {
    throw new UsageError(`--seed must be a whole number from 0 to 4294967295 (got "${seedText}")`);
  }
  return { scale, seed, reset: values.has('--reset') };
}

function remember(values: Map<string, string>, flag: string, value: string) {
  if (values.has(flag)) throw new UsageError(`${flag} given twice`);
  values.set(flag, value);
}

/** `npm run seed`: returns the exit code; writes nothing unless flags and config are valid. */
export async function runSeedCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  output: SeedCliOutput = consoleOutput,
): Promise<number> {
  let options: SeedOptions;
  let config: ReturnType<typeof readServerConfig>;
  try {
    options = parseSeedArguments(argv);
    config = readServerConfig(env);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ConfigError)) throw error;
    output.error(`seed: ${error.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const started = performance.now();
  const where =
    config.database.engine === 'postgres'
      ? 'PostgreSQL (DATABASE_URL)'
      : `PGlite in ${config.database.dataDir ?? 'memory'}`;
  const database = await openDatabase(config.database);
  output.out(`Opened ${where} (migrations applied) in ${seconds(started)} s`);
  try {
    const filled = await filledCollections(database);
    if (filled.length > 0 && !options.reset) {
      output.error(
        `seed: the store already holds data (${filled.join(', ')}); run again with --reset to replace it`,
      );
      return EXIT_FAILED;
    }
    if (options.reset) await resetStore(database);
    output.out(`Seeding the ${options.scale} scale (seed ${options.seed})`);
    const now = seedMoment((output.now ?? (() => new Date()))());
    const generating = performance.now();
    const dataset = generateDataset({ ...options, now });
    output.out(`Generated as of ${now.toISOString().slice(0, 16)}Z in ${seconds(generating)} s`);
    const stores = replicatedCollections.map((collection) => documentStore(database, collection));
    const loading = performance.now();
    await seedWorkflowStore(database);
    await loadDataset(database, stores, dataset);
    output.out(`Loaded in ${seconds(loading)} s`);
    const swept = await runSweepsOnce(database, (output.now ?? (() => new Date()))());
    output.out(`Swept once as of now: ${swept.length > 0 ? swept.join(', ') : 'nothing due'}`);
    for (const store of stores) {
      const count = (await store.count()).toLocaleString('en-US');
      output.out(`  ${store.collection.name.padEnd(12)} ${count.padStart(9)}`);
    }
    output.out(`Done in ${seconds(started)} s`);
    return EXIT_OK;
  } catch (error) {
    output.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_FAILED;
  } finally {
    await database.close();
  }
}

/** Collections holding any row, deleted ones included: they would mix with the new data. */
async function filledCollections(database: Database): Promise<string[]> {
  const filled: string[] = [];
  for (const { name } of replicatedCollections) {
    const [row] = await database.query<{ filled: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${name}) AS filled`,
    );
    if (row?.filled) filled.push(name);
  }
  return filled;
}

/**
 * Empties every collection, and the record of documents that left a territory (migration 003)
 * when there is one: it would otherwise send removals of documents the reset already dropped.
 * The request events (migration 014) go too, with their delivery log: the new requests reuse
 * the old ids, and an old event would stand in for a new one. Webhook subscriptions stay.
 */
async function resetStore(database: Database) {
  const tables: string[] = replicatedCollections.map((collection) => collection.name);
  for (const table of ['scope_exits', 'request_events']) {
    const [present] = await database.query<{ present: boolean }>(
      `SELECT to_regclass($1) IS NOT NULL AS present`,
      [table],
    );
    if (present?.present) tables.push(table);
  }
  // CASCADE: webhook_deliveries refers to request_events.
  await database.exec(`TRUNCATE ${tables.join(', ')} CASCADE`);
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  process.exitCode = await runSeedCli(process.argv.slice(2), process.env);
}
