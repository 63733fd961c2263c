import path from 'node:path';
import { openBrowser } from './browser/browser-session';
import type { BenchOptions } from './options';
import type { ScaleName } from '../server/seed/scales';
import { startCouchPeer } from './peer/couch-peer';
import { startBenchStore } from './store/bench-store';
import { pullOverHttp, type PullPass } from './store/pull';
import { buildBench } from './support/build';
import { useTestPostgres } from '../test/support/test-postgres';
import type { BenchContext } from './types';

/** What the report says about the run's environment, filled in as resources start. */
export type RunFacts = { chromium?: string; postgres?: string; seededDocuments?: number };

/** The shared resources of one run, started on first use and released by dispose(). */
export function createContext(options: BenchOptions, log: (message: string) => void) {
  const results = new Map<string, Promise<unknown>>();
  const disposers: (() => Promise<void>)[] = [];
  const facts: RunFacts = {};

  function once<Result>(key: string, work: () => Promise<Result>): Promise<Result> {
    const known = results.get(key);
    // Every caller of a key asks for the same work, so its result has the same type.
    if (known) return known as Promise<Result>;
    const started = work();
    results.set(key, started);
    return started;
  }

  /** A scratch schema seeded at `scale` and a store process over it, serving the bench page. */
  async function seededStore(scale: ScaleName) {
    const built = await once('resource:build', () => buildBench(options.outDir));
    const adminUrl = await once('resource:postgres', () => postgresUrl(options, disposers, log));
    const store = await startBenchStore({
      adminUrl,
      scale,
      storeScript: built.storeScript,
      webRoot: built.pageDir,
      log,
    });
    disposers.push(() => store.close());
    return store;
  }

  const context: BenchContext = {
    options,
    log,
    once,
    store: () =>
      once('resource:store', async () => {
        const store = await seededStore(options.scale);
        const [version] = await store.database.query<{ server_version: string }>(
          'SHOW server_version',
        );
        facts.postgres = `PostgreSQL ${version?.server_version ?? 'unknown'}`;
        facts.seededDocuments = store.seeded.documents;
        return store;
      }),
    storeAt: (scale) =>
      scale === options.scale
        ? context.store()
        : once(`resource:store:${scale}`, () => seededStore(scale)),
    browser: () =>
      once('resource:browser', async () => {
        const store = await context.store();
        const browser = await openBrowser(`${store.url}/index.html`, log);
        disposers.push(() => browser.close());
        facts.chromium = browser.chromiumVersion;
        return browser;
      }),
    async freshBrowser(work) {
      const store = await context.store();
      const browser = await openBrowser(`${store.url}/index.html`, log);
      facts.chromium = browser.chromiumVersion;
      try {
        return await work(browser);
      } finally {
        await browser.close();
      }
    },
    peer: () =>
      once('resource:peer', async () => {
        const pulled = await storeDocuments(context);
        const peer = await startCouchPeer(pulled.documents, log);
        disposers.push(() => peer.close());
        return peer;
      }),
  };

  return {
    context,
    facts,
    resultsDir: path.resolve(options.outDir),
    /** Releases everything started, newest first; never throws. */
    async dispose() {
      for (const dispose of disposers.splice(0).reverse()) {
        await dispose().catch((error: unknown) => {
          log(`cleanup failed: ${String(error)}`);
        });
      }
    },
  };
}

/** BENCH_DATABASE_URL, else the PostgreSQL the tests use, started if need be and stopped last. */
async function postgresUrl(
  options: BenchOptions,
  disposers: (() => Promise<void>)[],
  log: (message: string) => void,
): Promise<string> {
  if (options.databaseUrl !== undefined) return options.databaseUrl;
  const postgres = await useTestPostgres(process.env, log);
  disposers.push(() => postgres.stop());
  return postgres.url;
}

/**
 * Every document the store sends the benchmark user, pulled once per run by one HTTP client
 * (the peer is loaded with them; the pull measurement times passes of its own).
 */
export async function storeDocuments(context: BenchContext): Promise<PullPass> {
  const store = await context.store();
  return context.once('store-documents', () => pullOverHttp(store));
}
