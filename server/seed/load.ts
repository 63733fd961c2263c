import { replicatedCollections } from '../../shared/schema';
import type { DocumentStore } from '../sync/document-store';
import type { Dataset } from './generate';

/** Bulk-loads a data set, collection by collection, through the stores' change feed. */
export async function loadDataset(stores: readonly DocumentStore[], dataset: Dataset) {
  for (const collection of replicatedCollections) {
    const store = stores.find((candidate) => candidate.collection.name === collection.name);
    if (!store) throw new Error(`No store for the ${collection.name} collection`);
    await store.load(dataset[collection.name]);
  }
}
