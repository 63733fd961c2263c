import { replicatedCollections, type Territory } from '../../shared/schema';
import type { DocumentStore } from '../sync/document-store';
import type { Dataset } from './generate';

/**
 * Bulk-loads a data set, collection by collection, through the stores' change feed. The
 * territories go last, their rollups stamped with that instant: every record they count was
 * written before it, so a client adds on top only the deal changes that come after.
 */
export async function loadDataset(stores: readonly DocumentStore[], dataset: Dataset) {
  const storeOf = (name: string) => {
    const store = stores.find((candidate) => candidate.collection.name === name);
    if (!store) throw new Error(`No store for the ${name} collection`);
    return store;
  };
  for (const collection of replicatedCollections) {
    if (collection.name === 'territories') continue;
    await storeOf(collection.name).load(dataset[collection.name]);
  }
  const now = new Date();
  const territories: Territory[] = dataset.territories.map((territory) => ({
    ...territory,
    rollup: territory.rollup && { ...territory.rollup, computedAt: now.toISOString() },
  }));
  await storeOf('territories').load(territories, now);
}
