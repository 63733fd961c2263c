import {
  MAX_PULL_LIMIT,
  PROTOCOL_VERSION_HEADER,
  SYNC_PROTOCOL_VERSION,
} from '../../shared/sync/protocol';
import { ReportSourceError, sourceCollections, sourceKeys, type CliSources } from './sources';

type PullPage = {
  documents: (Record<string, unknown> & { _deleted: boolean })[];
  checkpoint: { seq: number; scope?: string } | null;
};

/**
 * Pulls each collection the report reads through the store's sync API as the token's user, from
 * an empty checkpoint to the end: exactly what that user's app would hold, no more.
 */
export async function sourcesFromStore(
  storeUrl: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): Promise<CliSources> {
  const sources: Partial<Record<string, unknown[]>> = {};
  for (const key of sourceKeys) {
    sources[key] = await pullAll(storeUrl, token, key, fetchImpl);
  }
  // Each array holds the documents the store's pull answered for that collection.
  return sources as CliSources;
}

async function pullAll(
  storeUrl: string,
  token: string,
  key: keyof typeof sourceCollections,
  fetchImpl: typeof fetch,
): Promise<unknown[]> {
  const { name, primaryKey } = sourceCollections[key];
  // Changes oldest first: a later version of a document (or its deletion) replaces the earlier.
  const documents = new Map<string, Record<string, unknown>>();
  let checkpoint: PullPage['checkpoint'] = null;
  for (;;) {
    const query = new URLSearchParams({ limit: String(MAX_PULL_LIMIT) });
    if (checkpoint) {
      query.set('seq', String(checkpoint.seq));
      if (checkpoint.scope) query.set('scope', checkpoint.scope);
    }
    const page = await pullPage(
      `${storeUrl}/sync/${name}/pull?${query.toString()}`,
      token,
      fetchImpl,
    );
    for (const { _deleted: deleted, ...document } of page.documents) {
      const id = String(document[primaryKey]);
      if (deleted) documents.delete(id);
      else documents.set(id, document);
    }
    if (page.documents.length < MAX_PULL_LIMIT || !page.checkpoint) break;
    checkpoint = page.checkpoint;
  }
  return [...documents.values()];
}

async function pullPage(url: string, token: string, fetchImpl: typeof fetch): Promise<PullPage> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers: {
        authorization: `Bearer ${token}`,
        [PROTOCOL_VERSION_HEADER]: String(SYNC_PROTOCOL_VERSION),
        accept: 'application/json',
      },
    });
  } catch (error) {
    throw new ReportSourceError(
      `The store at ${new URL(url).origin} cannot be reached: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (response.status === 401) {
    throw new ReportSourceError(
      'The store refused the token (401): it is expired, revoked or not for this store',
    );
  }
  if (!response.ok) {
    throw new ReportSourceError(
      `The store answered ${String(response.status)} to ${new URL(url).pathname}`,
    );
  }
  return (await response.json()) as PullPage;
}
