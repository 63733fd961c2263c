import type { Queryable } from '../db/database';
import type { DocumentStore } from '../sync/document-store';
import { DEFAULT_SEED, generateDataset } from './generate';
import { loadDataset } from './load';
import { seedWorkflowStore } from './workflow-seed';

/** Midnight UTC of `at`: a data set generated twice on one day is the same data set. */
export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/**
 * First run: fill an empty store with the demo data set (two territories, about 60 partners,
 * every collection; the staff are `demoUsers` in ./staff) and the workflow and exchange rates its
 * requests are judged by, as the seed CLI does. A store with partners is left alone.
 */
export async function seedDemoIfEmpty(
  database: Queryable,
  stores: readonly DocumentStore[],
  now: Date = new Date(),
): Promise<boolean> {
  const partners = stores.find((store) => store.collection.name === 'partners');
  if (!partners || (await partners.count()) > 0) return false;
  const dataset = generateDataset({ scale: 'demo', seed: DEFAULT_SEED, now: startOfUtcDay(now) });
  await seedWorkflowStore(database);
  await loadDataset(stores, dataset);
  return true;
}

/** The demo staff (stable ids and emails for sign-in and tests) live with the territories. */
export { demoUsers } from './staff';
