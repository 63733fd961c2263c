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
  megabytes: number;
  seconds: number;
};

/**
 * One client paging through every collection with the largest page the protocol allows, as a
 * first sync does, over HTTP: the store's whole path (auth, SQL, validation, JSON).
 */
export async function pullOverHttp(store: BenchStore, limit = MAX_PULL_LIMIT): Promise<PullPass> {
  const headers = {
    [PROTOCOL_VERSION_HEADER]: String(SYNC_PROTOCOL_VERSION),
    authorization: `Bearer ${store.token}`,
  };
  return pass(async (name, checkpoint) => {
    const query = new URLSearchParams({ limit: String(limit) });
    if (checkpoint) query.set('seq', String(checkpoint.seq));
    if (checkpoint?.scope) query.set('scope', checkpoint.scope);
    const response = await fetch(`${store.url}/sync/${name}/pull?${query.toString()}`, {
      headers,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Pull of ${name} answered ${response.status}: ${text}`);
    // The store's pull answer (docs/sync-protocol.md).
    return { page: JSON.parse(text) as PullResponse<Record<string, unknown>>, size: text.length };
  }, limit);
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
    return { page, size: 0 };
  }, limit);
}

type PageSource = (
  collection: ReplicatedCollectionName,
  checkpoint: Checkpoint | undefined,
) => Promise<{ page: PullResponse<Record<string, unknown>>; size: number }>;

async function pass(pull: PageSource, limit: number): Promise<PullPass> {
  const documents: StoreDocuments = new Map();
  let count = 0;
  let requests = 0;
  let characters = 0;
  const started = performance.now();
  for (const { name } of replicatedCollections) {
    const live: Record<string, unknown>[] = [];
    let checkpoint: Checkpoint | undefined;
    for (;;) {
      const { page, size } = await pull(name, checkpoint);
      requests += 1;
      characters += size;
      for (const document of page.documents) if (!document._deleted) live.push(document);
      checkpoint = page.checkpoint ?? undefined;
      if (page.documents.length < limit) break;
    }
    documents.set(name, live);
    count += live.length;
  }
  const seconds = (performance.now() - started) / 1000;
  return { documents, count, requests, megabytes: characters / 1e6, seconds };
}
