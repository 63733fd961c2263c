import { replicatedCollections, type Territory } from '../../shared/schema';
import type { Queryable } from '../db/database';
import type { DocumentStore } from '../sync/document-store';
import type { Dataset } from './generate';
import { loadSeedFiles } from './proof-files';

/**
 * Bulk-loads a data set, collection by collection, through the stores' change feed, and the
 * content of the files its requests list. The
 * territories go last, their rollups stamped with that instant: every record they count was
 * written before it, so a client adds on top only the deal changes that come after.
 */
export async function loadDataset(
  database: Queryable,
  stores: readonly DocumentStore[],
  dataset: Dataset,
) {
  const storeOf = (name: string) => {
    const store = stores.find((candidate) => candidate.collection.name === name);
    if (!store) throw new Error(`No store for the ${name} collection`);
    return store;
  };
  for (const collection of replicatedCollections) {
    if (collection.name === 'territories') continue;
    await storeOf(collection.name).load(dataset[collection.name]);
  }
  // The files the requests list (an MDF claim's proof of performance), served like uploads.
  await loadSeedFiles(database, dataset.requests);
  const now = new Date();
  const territories: Territory[] = dataset.territories.map((territory) => ({
    ...territory,
    rollup: territory.rollup && { ...territory.rollup, computedAt: now.toISOString() },
  }));
  await storeOf('territories').load(territories, now);
}
