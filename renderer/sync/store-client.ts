import type { ApiError } from '../../shared/api/errors';
import {
  PROTOCOL_VERSION_HEADER,
  SYNC_PROTOCOL_VERSION,
  type Checkpoint,
  type PullResponse,
  type PushRow,
  type WireDocument,
} from '../../shared/sync/protocol';

/** The central store refused or failed a request; `code` is the store's error code. */
export class StoreRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** What the store said about each invalid field (`path` names the row of a push). */
    readonly details: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** No access token right now: nobody is signed in, or the issuer cannot be reached to renew it. */
export class NoAccessTokenError extends Error {
  constructor() {
    super('Sign in to sync');
  }
}

/** A valid access token for the store, refreshed as needed; null when nobody is signed in. */
export type AccessTokenSource = () => Promise<string | null>;

/** Typed calls to the central store's sync routes (docs/sync-protocol.md). */
export function storeClient(storeUrl: string, accessToken: AccessTokenSource) {
  async function request<Result>(path: string, init: RequestInit = {}): Promise<Result> {
    const token = await accessToken();
    if (!token) throw new NoAccessTokenError();
    const response = await fetch(`${storeUrl}${path}`, {
      ...init,
      headers: {
        [PROTOCOL_VERSION_HEADER]: String(SYNC_PROTOCOL_VERSION),
        authorization: `Bearer ${token}`,
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as Partial<ApiError> | null;
      throw new StoreRequestError(
        response.status,
        body?.code ?? 'unknown',
        body?.message ?? `The central store answered ${response.status}`,
        Array.isArray(body?.details) ? body.details : [],
      );
    }
    return (await response.json()) as Result;
  }

  return {
    pull<Doc>(collection: string, checkpoint: Checkpoint | undefined, limit: number) {
      const query = new URLSearchParams({ limit: String(limit) });
      if (checkpoint) query.set('seq', String(checkpoint.seq));
      if (checkpoint?.scope) query.set('scope', checkpoint.scope);
      return request<PullResponse<Doc>>(`/sync/${collection}/pull?${query.toString()}`);
    },
    push<Doc>(collection: string, rows: PushRow<Doc>[]) {
      return request<WireDocument<Doc>[]>(`/sync/${collection}/push`, {
        method: 'POST',
        body: JSON.stringify(rows),
      });
    },
    /** EventSource cannot send headers: the token and protocol travel in the query. */
    async streamUrl(): Promise<string | null> {
      const token = await accessToken();
      if (!token) return null;
      const query = new URLSearchParams({
        protocol: String(SYNC_PROTOCOL_VERSION),
        access_token: token,
      });
      return `${storeUrl}/sync/stream?${query.toString()}`;
    },
  };
}

export type StoreClient = ReturnType<typeof storeClient>;
