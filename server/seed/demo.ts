import type { Queryable } from '../db/database';
import type { DocumentStore } from '../sync/document-store';
import { DEFAULT_SEED, generateDataset } from './generate';
import { loadDataset } from './load';
import { seedWorkflowStore } from './workflow-seed';

/**
 * The moment a data set is generated as of: the start of the minute it is seeded in, so two seeds
 * in one minute are the same data set. Not midnight: the demo's waiting requests are aged from
 * this moment, and aged from midnight the evening's sweep would find most of them overdue and
 * escalate them before anyone signs in.
 */
export function seedMoment(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
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
  const dataset = generateDataset({ scale: 'demo', seed: DEFAULT_SEED, now: seedMoment(now) });
  await seedWorkflowStore(database);
  await loadDataset(database, stores, dataset);
  return true;
}

/** The demo staff (stable ids and emails for sign-in and tests) live with the territories. */
export { demoUsers } from './staff';
