import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database';
import { openDatabase } from '../../server/db/open';
import {
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  runSeedCli,
  type SeedCliOutput,
} from '../../server/seed/cli';
import { seedDemoIfEmpty, seedMoment } from '../../server/seed/demo';
import { demoExchangeRates } from '../../server/seed/workflow-seed';
import { DEFAULT_SEED, generateDataset, type Dataset } from '../../server/seed/generate';
import { documentStore } from '../../server/sync/document-store';
import { replicatedCollections } from '../../shared/schema';
import { createTestDatabase, engines, type TestDatabase } from '../support/databases';

const today = new Date('2026-11-24T09:30:00.000Z');

/** Captures what the CLI prints, and pins its clock. */
function capture(): SeedCliOutput & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (line) => lines.push(line),
    error: (line) => errors.push(line),
    now: () => today,
  };
}

async function countsIn(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const collection of replicatedCollections) {
    counts[collection.name] = await documentStore(database, collection).count();
  }
  return counts;
}

function countsOf(dataset: Dataset): Record<string, number> {
  return Object.fromEntries(replicatedCollections.map(({ name }) => [name, dataset[name].length]));
}

/**
 * The store the CLI is pointed at through the environment: a PGlite folder of its own, or an
 * isolated PostgreSQL schema.
 */
describe.each(engines)('seeding on %s', (engine) => {
  let testDatabase: TestDatabase;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  // One store per engine for the whole file: creating and migrating a PGlite folder takes seconds.
  beforeAll(async () => {
    testDatabase = await createTestDatabase(engine);
    dataDir = await mkdtemp(path.join(tmpdir(), 'cam-desk-seed-'));
    env = engine === 'postgres' ? { DATABASE_URL: testDatabase.url } : { PRM_DATA_DIR: dataDir };
  });
  afterAll(async () => {
    await testDatabase.drop();
    await rm(dataDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    const database = await openSeeded();
    try {
      await database.exec(`TRUNCATE ${replicatedCollections.map(({ name }) => name).join(', ')}`);
    } finally {
      await database.close();
    }
  });

  /** The CLI opens the store itself, so each test opens it only around its own reads. */
  async function openSeeded(): Promise<Database> {
    return engine === 'postgres' ? testDatabase.open() : openDatabase({ engine, dataDir });
  }

  it('fills an empty store with the demo data set once, through the real tables', async () => {
    const database = await openSeeded();
    try {
      const stores = replicatedCollections.map((collection) => documentStore(database, collection));
      expect(await seedDemoIfEmpty(database, stores, today)).toBe(true);
      const expected = generateDataset({
        scale: 'demo',
        seed: DEFAULT_SEED,
        now: seedMoment(today),
      });
      expect(await countsIn(database)).toEqual(countsOf(expected));
      // The demo's requests are judged by the seed's workflow at its dated rates, as after the CLI.
      const [judgedBy] = await database.query<{ definitions: number; rates: number }>(
        `SELECT (SELECT count(*)::int FROM workflow_definitions) AS definitions,
                (SELECT count(*)::int FROM exchange_rates) AS rates`,
      );
      expect(judgedBy).toEqual({ definitions: 1, rates: demoExchangeRates().length });
      expect(await seedDemoIfEmpty(database, stores, today)).toBe(false);
      const [ana] = await database.query<{ doc: { email: string } }>(
        `SELECT doc FROM users WHERE id = 'user-cam-ana'`,
      );
      expect(ana?.doc.email).toBe('ana.garcia@camdesk.example');
    } finally {
      await database.close();
    }
  });

  it('seeds the territory scale from the command line and reports what it wrote', async () => {
    const output = capture();
    expect(await runSeedCli(['--scale', 'territory', '--seed', '7'], env, output)).toBe(EXIT_OK);
    const expected = countsOf(
      generateDataset({ scale: 'territory', seed: 7, now: seedMoment(today) }),
    );
    expect(expected).toMatchObject({ partners: 300, contacts: 3_000, deals: 10_000 });
    const database = await openSeeded();
    try {
      expect(await countsIn(database)).toEqual(expected);
    } finally {
      await database.close();
    }
    expect(output.lines.join('\n')).toMatch(/deals\s+10,000/);
    expect(output.lines.at(-1)).toMatch(/^Done in \d+\.\d s$/);
  });

  it('refuses a store that holds data unless told to reset it', async () => {
    expect(await runSeedCli(['--scale', 'demo'], env, capture())).toBe(EXIT_OK);
    const refused = capture();
    expect(await runSeedCli(['--scale', 'demo', '--seed', '5'], env, refused)).toBe(EXIT_FAILED);
    expect(refused.errors.join('\n')).toContain('--reset');

    expect(await runSeedCli(['--scale', 'demo', '--seed', '5', '--reset'], env, capture())).toBe(
      EXIT_OK,
    );
    const database = await openSeeded();
    try {
      const expected = generateDataset({ scale: 'demo', seed: 5, now: seedMoment(today) });
      expect(await countsIn(database)).toEqual(countsOf(expected));
      const [first] = await database.query<{ doc: { name: string } }>(
        `SELECT doc FROM partners WHERE id = 'partner-0001'`,
      );
      expect(first?.doc.name).toBe(expected.partners[0]?.name);
    } finally {
      await database.close();
    }
  });
});

describe('the seed command line', () => {
  it.each([
    [[], '--scale is required'],
    [['--scale', 'huge'], '--scale must be one of demo, territory, large'],
    [['--scale', 'demo', '--seed', '2.5'], '--seed must be a whole number'],
    [['--scale', 'demo', '--force'], 'Unknown flag --force'],
  ])('rejects %j with exit code 2 and writes nothing', async (argv, message) => {
    const dataDir = path.join(tmpdir(), `cam-desk-seed-untouched-${process.pid}`);
    const output = capture();
    expect(await runSeedCli(argv, { PRM_DATA_DIR: dataDir }, output)).toBe(EXIT_USAGE);
    expect(output.errors.join('\n')).toContain(message);
    expect(output.errors.join('\n')).toContain('Usage: npm run seed');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('rejects a bad DATABASE_URL before touching anything', async () => {
    const output = capture();
    expect(await runSeedCli(['--scale', 'demo'], { DATABASE_URL: 'mysql://nope' }, output)).toBe(
      EXIT_USAGE,
    );
    expect(output.errors.join('\n')).toContain('DATABASE_URL must start with postgres://');
  });

  it('exits with code 2 when run as a program with a bad flag', async () => {
    const tsx = path.resolve('node_modules/.bin/tsx');
    const run = promisify(execFile)(tsx, ['server/seed/cli.ts', '--scale', 'galaxy'], {
      env: { ...process.env, PRM_DATA_DIR: path.join(tmpdir(), 'cam-desk-seed-never') },
    });
    await expect(run).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        '--scale must be one of demo, territory, large (got "galaxy")',
      ) as unknown,
    });
  });
});
