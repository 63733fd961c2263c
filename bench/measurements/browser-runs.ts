import { DEFAULT_PULL_LIMIT } from '../../shared/sync/protocol';
import { storeDocuments } from '../context';
import type { Counts, StoreAccess } from '../page/api';
import type { BenchStore } from '../store/bench-store';
import type { BenchContext } from '../types';

/** The local database the first sync fills; reopen and reconnect use it afterwards. */
export const SYNCED_DB = 'bench-territory';
export const EMPTY_DB = 'bench-empty';

export function accessOf(store: BenchStore): StoreAccess {
  return { storeUrl: store.url, token: store.token, userId: store.userId };
}

/** The raw Dexie bulkPut floor for the documents the store sends the user. */
export function dexieFloor(context: BenchContext) {
  return context.once('browser:floor', async () => {
    const store = await context.store();
    const floor = await context.freshBrowser(async (browser) => {
      await browser.load();
      return browser.call('floor', accessOf(store));
    });
    context.log(`Dexie floor: ${(floor.ms / 1000).toFixed(2)} s for ${floor.documents} docs`);
    return floor;
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
    const result = await browser.call('firstSync', { ...accessOf(store), dbName: SYNCED_DB });
    if (result.problems.length > 0) {
      throw new Error(`The sync engine reported: ${result.problems.join('; ')}`);
    }
    requireCounts('first sync', result.counts, expected);
    const documents = total(result.counts);
    context.log(`first sync: ${(result.ms / 1000).toFixed(2)} s for ${documents} docs`);
    return { ...result, documents };
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
        batchSize: DEFAULT_PULL_LIMIT,
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
