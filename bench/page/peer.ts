import type { PeerSyncResult } from './api';

/**
 * The peer: PouchDB in this browser (IndexedDB adapter) replicating one database per collection
 * from the CouchDB-protocol server, all at once, as our engine pulls every collection at once.
 */
export async function peerSync(input: {
  peerUrl: string;
  databases: string[];
  batchSize: number;
}): Promise<PeerSyncResult> {
  const { default: PouchDB } = await import('pouchdb-browser');
  const locals = input.databases.map((name) => ({
    name,
    database: new PouchDB(`bench-peer-${name}`),
  }));
  const started = performance.now();
  await Promise.all(
    locals.map(({ name, database }) =>
      database.replicate.from(`${input.peerUrl}/${name}`, { batch_size: input.batchSize }),
    ),
  );
  const ms = performance.now() - started;
  const infos = await Promise.all(locals.map(({ database }) => database.info()));
  await Promise.all(locals.map(({ database }) => database.destroy()));
  return { ms, documents: infos.reduce((sum, info) => sum + info.doc_count, 0) };
}
