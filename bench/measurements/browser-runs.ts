import { PULL_BATCH } from '../../renderer/sync/batches';
import { storeDocuments } from '../context';
import type { Counts, StoreAccess } from '../page/api';
import type { BenchStore } from '../store/bench-store';
import type { BenchContext } from '../types';

/** The local database the first sync fills; reopen and reconnect use it afterwards. */
export const SYNCED_DB = 'camdesk_bench_territory';
export const EMPTY_DB = 'camdesk_bench_empty';

export function accessOf(store: BenchStore): StoreAccess {
  return { storeUrl: store.url, token: store.token, userId: store.userId };
}

/**
 * The raw Dexie bulkPut floor for the documents the store sends the user: the faster of two runs
 * (one in a smoke run), each in a new profile. Headless IndexedDB here varies by a third from one
 * run to the next; the faster floor is the stricter baseline.
 */
export function dexieFloor(context: BenchContext) {
  return context.once('browser:floor', async () => {
    const store = await context.store();
    const runs = [];
    for (let run = 0; run < (context.options.smoke ? 1 : 2); run += 1) {
      runs.push(
        await context.freshBrowser(async (browser) => {
          await browser.load();
          return browser.call('floor', accessOf(store));
        }),
      );
    }
    const times = runs.map((run) => run.ms);
    const floor = runs.reduce((best, run) => (run.ms < best.ms ? run : best));
    context.log(
      `Dexie floor: ${times.map((ms) => (ms / 1000).toFixed(2)).join(' s, ')} s for ${floor.documents} docs`,
    );
    return { ...floor, runsMs: times };
  });
}

/** The first sync with the app's engine into an empty database (the run's own profile). */
export function firstSyncRun(context: BenchContext) {
  return context.once('browser:first-sync', async () => {
    await dexieFloor(context);
    const expected = countsOf((await storeDocuments(context)).documents);
    const [store, browser] = await Promise.all([context.store(), context.browser()]);
    await browser.load();
    await browser.call('removeDatabase', { dbName: SYNCED_DB });
    await browser.load();
    const cpuBefore = await store.serverCpuSeconds();
    const result = await browser.call('firstSync', { ...accessOf(store), dbName: SYNCED_DB });
    const serverCpuSeconds = (await store.serverCpuSeconds()) - cpuBefore;
    if (result.problems.length > 0) {
      throw new Error(`The sync engine reported: ${result.problems.join('; ')}`);
    }
    requireCounts('first sync', result.counts, expected);
    const documents = total(result.counts);
    context.log(`first sync: ${(result.ms / 1000).toFixed(2)} s for ${documents} docs`);
    return { ...result, documents, serverCpuSeconds };
  });
}

/** The peer's first sync of the same documents, in a profile of its own. */
export function peerRun(context: BenchContext) {
  return context.once('browser:peer', async () => {
    const peer = await context.peer();
    const result = await context.freshBrowser(async (browser) => {
      await browser.load();
      return browser.call('peerSync', {
        peerUrl: peer.url,
        databases: peer.databases,
        batchSize: PULL_BATCH,
      });
    });
    if (result.documents !== peer.documents) {
      throw new Error(`PouchDB replicated ${result.documents} of ${peer.documents} documents`);
    }
    context.log(`PouchDB peer: ${(result.ms / 1000).toFixed(2)} s`);
    return result;
  });
}

export function countsOf(documents: ReadonlyMap<string, readonly unknown[]>): Counts {
  return Object.fromEntries([...documents].map(([name, docs]) => [name, docs.length]));
}

export function total(counts: Counts): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

export function requireCounts(what: string, actual: Counts, expected: Counts) {
  const wrong = Object.keys(expected).filter((name) => actual[name] !== expected[name]);
  if (wrong.length > 0) {
    const detail = wrong.map((name) => `${name} ${actual[name] ?? 0}/${expected[name] ?? 0}`);
    throw new Error(`${what}: wrong document counts (${detail.join(', ')})`);
  }
}
