import { spawn, type ChildProcess } from 'node:child_process';
import { postgresCpuSeconds, processCpuSeconds } from '../support/cpu';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import type { Database } from '../../server/db/database';
import { openDatabase } from '../../server/db/open';
import { seedMoment } from '../../server/seed/demo';
import { DEFAULT_SEED, generateDataset } from '../../server/seed/generate';
import { loadDataset } from '../../server/seed/load';
import { seedWorkflowStore } from '../../server/seed/workflow-seed';
import type { ScaleName } from '../../server/seed/scales';
import { documentStore } from '../../server/sync/document-store';
import { replicatedCollections, type User } from '../../shared/schema';
import { READY_PREFIX, type ReadyLine } from './ready-line';

/** The CAM the benchmark syncs as: covers the large scale's one territory. */
export const BENCH_USER = 'user-cam-ana';

export type BenchStore = {
  url: string;
  /** An access token for BENCH_USER from the store's development issuer. */
  token: string;
  userId: string;
  territoryIds: readonly string[];
  /** The harness's own connection to the store's schema (writes "at the store", reads). */
  database: Database;
  /** Documents the seed loaded (every territory), and how long loading took. */
  seeded: { documents: number; seconds: number };
  /** Resident memory of the store process. */
  rssMegabytes(): Promise<number>;
  /** CPU seconds used so far by the store process and the machine's PostgreSQL processes. */
  serverCpuSeconds(): Promise<number>;
  /**
   * Another store process over the same schema serving `webRoot` (e.g. the built app), so the
   * app can be measured on the seeded data without seeding it again; stopped by close().
   */
  serve(webRoot: string): Promise<{ url: string }>;
  /**
   * Stops the store process (SIGTERM, as a deploy does) and starts a new one on the same address
   * once `whileDown` has run; resolves when the new one listens.
   */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  /** The store's PostgreSQL sessions open right now (its pool and LISTEN connection). */
  postgresSessions(): Promise<number>;
  close(): Promise<void>;
};

/** How the store processes name their PostgreSQL sessions, so they can be counted apart. */
const STORE_APPLICATION_NAME = 'prm-bench-store';

type StartOptions = {
  adminUrl: string;
  scale: ScaleName;
  /** The bundled store process (./store-process.ts), run with plain node. */
  storeScript: string;
  webRoot: string;
  /** Extra node flags for the store process, e.g. ['--cpu-prof'] when profiling it. */
  nodeArgs?: readonly string[];
  log: (message: string) => void;
};

/**
 * A scratch schema on the machine's PostgreSQL, seeded at `scale`, and a store process over it.
 * Everything is undone by close(): the process is stopped and the schema dropped.
 */
export async function startBenchStore(options: StartOptions): Promise<BenchStore> {
  const { adminUrl, log } = options;
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  await runSql(adminUrl, `CREATE SCHEMA ${schema}`);
  const cleanups: (() => Promise<void>)[] = [
    () => runSql(adminUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`),
  ];
  const close = async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup().catch(log);
  };
  try {
    const url = withSearchPath(adminUrl, schema);
    const database = await openDatabase({ engine: 'postgres', url });
    cleanups.unshift(() => database.close());
    const seeded = await seed(database, options.scale, log);
    const [user] = await database.query<{ doc: User }>('SELECT doc FROM users WHERE id = $1', [
      BENCH_USER,
    ]);
    if (!user) throw new Error(`The ${options.scale} data set has no ${BENCH_USER}`);

    const keysDirectory = await mkdtemp(join(tmpdir(), 'bench-store-keys-'));
    cleanups.push(() => rm(keysDirectory, { recursive: true, force: true }));
    const processEnv = { keysFile: join(keysDirectory, 'dev-keys.json') };
    const storeUrl = withApplicationName(url, STORE_APPLICATION_NAME);
    let { child, ready } = await startStoreProcess(
      options,
      storeUrl,
      options.webRoot,
      cleanups,
      processEnv,
    );
    const port = new URL(ready.url).port;
    // The CPU of stopped store processes still counts towards serverCpuSeconds.
    let stoppedCpuSeconds = 0;
    return {
      ...ready,
      userId: BENCH_USER,
      territoryIds: user.doc.territoryIds,
      database,
      seeded,
      rssMegabytes: () => residentMegabytes(child.pid),
      serverCpuSeconds: async () =>
        stoppedCpuSeconds + (await processCpuSeconds(child.pid)) + (await postgresCpuSeconds()),
      serve: async (webRoot) =>
        (await startStoreProcess(options, storeUrl, webRoot, cleanups, processEnv)).ready,
      async restart(whileDown) {
        stoppedCpuSeconds += await processCpuSeconds(child.pid);
        await stopProcess(child);
        await whileDown?.();
        ({ child, ready } = await startStoreProcess(options, storeUrl, options.webRoot, cleanups, {
          ...processEnv,
          port,
        }));
      },
      async postgresSessions() {
        const [row] = await database.query<{ sessions: number }>(
          'SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE application_name = $1',
          [STORE_APPLICATION_NAME],
        );
        return row?.sessions ?? 0;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A store process over the schema at `url`; stopping it is added to `cleanups`. */
async function startStoreProcess(
  options: StartOptions,
  url: string,
  webRoot: string,
  cleanups: (() => Promise<void>)[],
  { keysFile, port }: { keysFile: string; port?: string },
): Promise<{ child: ChildProcess; ready: ReadyLine }> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.storeScript], {
    env: {
      ...process.env,
      BENCH_STORE_DATABASE_URL: url,
      BENCH_STORE_USER: BENCH_USER,
      BENCH_STORE_WEB_ROOT: webRoot,
      BENCH_STORE_KEYS_FILE: keysFile,
      ...(port === undefined ? {} : { BENCH_STORE_PORT: port }),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.unshift(() => stopProcess(child));
  const ready = await readyLine(child, 60_000);
  options.log(`store process ${String(child.pid)} listening on ${ready.url} (serving ${webRoot})`);
  return { child, ready };
}

async function seed(database: Database, scale: ScaleName, log: (message: string) => void) {
  const started = performance.now();
  const dataset = generateDataset({ scale, seed: DEFAULT_SEED, now: seedMoment(new Date()) });
  const documents = Object.values(dataset).reduce((sum, docs) => sum + docs.length, 0);
  log(`generated ${documents.toLocaleString('en-US')} documents (${scale})`);
  const loading = performance.now();
  const stores = replicatedCollections.map((collection) => documentStore(database, collection));
  await seedWorkflowStore(database);
  await loadDataset(database, stores, dataset);
  // A store in service has been vacuumed and analysed; a freshly loaded one has no statistics.
  for (const { name } of replicatedCollections) await database.exec(`VACUUM ANALYZE ${name}`);
  const seconds = (performance.now() - loading) / 1000;
  log(`loaded into PostgreSQL in ${seconds.toFixed(1)} s (${elapsed(started)} s with generation)`);
  return { documents, seconds };
}

function readyLine(child: ChildProcess, timeoutMs: number): Promise<ReadyLine> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`The store process did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The store process exited with code ${String(code)}`));
    });
    if (!child.stdout) throw new Error('The store process has no stdout');
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith(READY_PREFIX)) {
        process.stderr.write(`[store] ${line}\n`);
        return;
      }
      clearTimeout(timer);
      // The line is written by ./store-process.ts with exactly this shape.
      resolve(JSON.parse(line.slice(READY_PREFIX.length)) as ReadyLine);
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** VmRSS of a process, from /proc (Linux); NaN where /proc is not available. */
async function residentMegabytes(pid: number | undefined): Promise<number> {
  if (pid === undefined) return Number.NaN;
  const status = await readFile(`/proc/${String(pid)}/status`, 'utf8').catch(() => '');
  const kilobytes = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  return kilobytes === undefined ? Number.NaN : Number(kilobytes) / 1024;
}

async function runSql(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withApplicationName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('application_name', name);
  return parsed.toString();
}

function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

function elapsed(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
