import expressPouchDB from 'express-pouchdb';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import mapReduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';
import { replicatedCollections } from '../../shared/schema';

export type CouchPeer = {
  url: string;
  /** One database per collection, named like it. */
  databases: string[];
  documents: number;
  loadSeconds: number;
  close(): Promise<void>;
};

const LOAD_BATCH = 5000;

/**
 * The CouchDB-protocol peer: express-pouchdb (what pouchdb-server runs) over PouchDB's in-memory
 * adapter, on loopback, holding `documents` (the store's documents for the user, by
 * collection). Answers are not compressed, like the store's, and CORS lets the page call it.
 */
export async function startCouchPeer(
  documents: ReadonlyMap<string, readonly Record<string, unknown>[]>,
  log: (message: string) => void,
): Promise<CouchPeer> {
  const MemoryPouch = PouchDB.plugin(memoryAdapter)
    .plugin(mapReduce)
    .plugin(replication)
    .defaults({ adapter: 'memory' });
  const started = performance.now();
  let loaded = 0;
  const databases: string[] = [];
  for (const { name, primaryKey } of replicatedCollections) {
    const docs = documents.get(name) ?? [];
    const database = new MemoryPouch(name);
    for (let start = 0; start < docs.length; start += LOAD_BATCH) {
      const batch = docs.slice(start, start + LOAD_BATCH).map((doc) => {
        const { _deleted: _ignored, ...content } = doc;
        return { ...content, _id: String(doc[primaryKey]) };
      });
      const results = await database.bulkDocs(batch);
      const failed = results.find((result) => 'error' in result);
      if (failed) throw new Error(`The peer refused a ${name} document: ${JSON.stringify(failed)}`);
      loaded += batch.length;
    }
    databases.push(name);
  }
  const loadSeconds = (performance.now() - started) / 1000;
  log(
    `CouchDB-protocol peer loaded ${loaded.toLocaleString('en-US')} documents in ${loadSeconds.toFixed(1)} s`,
  );

  const couch = expressPouchDB(MemoryPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true });
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    delete request.headers['accept-encoding'];
    const origin = request.headers.origin;
    if (origin) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('access-control-allow-credentials', 'true');
      response.setHeader('access-control-allow-methods', 'GET, HEAD, POST, PUT, DELETE');
      response.setHeader(
        'access-control-allow-headers',
        'accept, authorization, content-type, origin, referer',
      );
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    couch(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The peer is not on TCP');
  return {
    url: `http://127.0.0.1:${String(address.port)}`,
    databases,
    documents: loaded,
    loadSeconds,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}
