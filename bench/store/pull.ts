import { Agent, request } from 'node:http';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip } from 'node:zlib';
import { documentStore } from '../../server/sync/document-store';
import { replicatedCollections, type ReplicatedCollectionName } from '../../shared/schema';
import {
  MAX_PULL_LIMIT,
  PROTOCOL_VERSION_HEADER,
  SYNC_PROTOCOL_VERSION,
  type Checkpoint,
  type PullResponse,
} from '../../shared/sync/protocol';
import type { BenchStore } from './bench-store';

export type StoreDocuments = Map<string, Record<string, unknown>[]>;

export type PullPass = {
  /** Live (not deleted) documents by collection. */
  documents: StoreDocuments;
  count: number;
  requests: number;
  /** Characters of JSON received (the pages decoded). */
  megabytes: number;
  /** Bytes of the answers' bodies as they travelled (compressed, if they were). */
  wireMegabytes: number;
  seconds: number;
};

/** How the benchmark client asks for pull pages: plain, or compressed (server/sync/compression.ts). */
export type PullEncoding = 'identity' | 'gzip' | 'br';

/**
 * One client paging through every collection with the largest page the protocol allows, as a
 * first sync does, over HTTP: the store's whole path (auth, SQL, validation, JSON), with the
 * pages sent as `encoding` asks (decoded here, so the time includes the client's inflating).
 * `wireMegabytes` counts the bytes of the bodies as sent.
 */
export async function pullOverHttp(
  store: BenchStore,
  limit = MAX_PULL_LIMIT,
  encoding: PullEncoding = 'identity',
): Promise<PullPass> {
  const headers = {
    [PROTOCOL_VERSION_HEADER]: String(SYNC_PROTOCOL_VERSION),
    authorization: `Bearer ${store.token}`,
    'accept-encoding': encoding,
  };
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    return await pass(async (name, checkpoint) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (checkpoint) query.set('seq', String(checkpoint.seq));
      if (checkpoint?.scope) query.set('scope', checkpoint.scope);
      const { status, text, wireBytes } = await get(
        `${store.url}/sync/${name}/pull?${query.toString()}`,
        headers,
        agent,
      );
      if (status !== 200) throw new Error(`Pull of ${name} answered ${status}: ${text}`);
      // The store's pull answer (docs/sync-protocol.md).
      const page = JSON.parse(text) as PullResponse<Record<string, unknown>>;
      return { page, size: text.length, wireSize: wireBytes };
    }, limit);
  } finally {
    agent.destroy();
  }
}

type Answer = { status: number; text: string; wireBytes: number };

/** A GET whose body is decoded here, counting its bytes as they travelled. */
function get(url: string, headers: Record<string, string>, agent: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const call = request(url, { headers, agent }, (response) => {
      const sentAs = response.headers['content-encoding'] ?? 'identity';
      const decoders: Record<string, (() => Transform) | undefined> = {
        br: createBrotliDecompress,
        gzip: createGunzip,
      };
      const decoder = decoders[sentAs];
      if (!decoder && sentAs !== 'identity') {
        reject(new Error(`The store sent a page as "${sentAs}"`));
        return;
      }
      let wireBytes = 0;
      if (decoder) response.on('data', (chunk: { length: number }) => (wireBytes += chunk.length));
      const decoded = decoder ? response.pipe(decoder()) : response;
      decoded.setEncoding('utf8');
      let text = '';
      decoded.on('data', (chunk: string) => (text += chunk));
      decoded.on('error', reject);
      decoded.on('end', () => {
        const status = response.statusCode ?? 0;
        resolve({ status, text, wireBytes: decoder ? wireBytes : Buffer.byteLength(text) });
      });
    });
    call.on('error', reject);
    call.end();
  });
}

/**
 * The baseline: the same scoped queries through the store's own document stores, in this
 * process, without HTTP, authentication, validation or serialisation.
 */
export async function pullInProcess(store: BenchStore, limit = MAX_PULL_LIMIT): Promise<PullPass> {
  const scope = { userId: store.userId, territoryIds: store.territoryIds };
  const stores = new Map(
    replicatedCollections.map((collection) => [
      collection.name,
      documentStore<{ updatedAt: string }>(store.database, collection),
    ]),
  );
  return pass(async (name, checkpoint) => {
    const documentStoreOf = stores.get(name);
    if (!documentStoreOf) throw new Error(`No document store for ${name}`);
    const page = await documentStoreOf.pull(checkpoint ?? null, limit, scope);
    return { page, size: 0, wireSize: 0 };
  }, limit);
}

type PageSource = (
  collection: ReplicatedCollectionName,
  checkpoint: Checkpoint | undefined,
) => Promise<{ page: PullResponse<Record<string, unknown>>; size: number; wireSize: number }>;

async function pass(pull: PageSource, limit: number): Promise<PullPass> {
  const documents: StoreDocuments = new Map();
  let count = 0;
  let requests = 0;
  let characters = 0;
  let wireBytes = 0;
  const started = performance.now();
  for (const { name } of replicatedCollections) {
    const live: Record<string, unknown>[] = [];
    let checkpoint: Checkpoint | undefined;
    for (;;) {
      const { page, size, wireSize } = await pull(name, checkpoint);
      requests += 1;
      characters += size;
      wireBytes += wireSize;
      for (const document of page.documents) if (!document._deleted) live.push(document);
      checkpoint = page.checkpoint ?? undefined;
      if (page.documents.length < limit) break;
    }
    documents.set(name, live);
    count += live.length;
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    documents,
    count,
    requests,
    megabytes: characters / 1e6,
    wireMegabytes: wireBytes / 1e6,
    seconds,
  };
}
