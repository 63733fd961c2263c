import { openCamDatabase } from '../../renderer/db/database';
import { replicatedCollections } from '../../shared/schema';
import type { ReopenResult } from './api';
import { collectionOf, countAll } from './documents';

/**
 * Reopening the app with the territory already local, timed from navigation start: the
 * partners list (the first screen: every partner by name, as usePartners asks), then the first
 * result of every collection. Counts are read afterwards, untimed, to check the data is there.
 */
export async function reopen(dbName: string): Promise<ReopenResult> {
  const scriptMs = performance.now();
  const database = await openCamDatabase(dbName);
  const openedMs = performance.now();
  const partners = await database.partners.find({ sort: [{ name: 'asc' }] }).exec();
  const firstDataMs = performance.now();
  await Promise.all(
    replicatedCollections.map(({ name }) => collectionOf(database, name).findOne().exec()),
  );
  const allQueryableMs = performance.now();
  const counts = await countAll(database);
  await database.close();
  return {
    scriptMs,
    openedMs,
    firstDataMs,
    allQueryableMs,
    partners: partners.length,
    counts,
  };
}
