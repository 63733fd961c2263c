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
  ) {
    super(message);
  }

  get updateRequired(): boolean {
    return this.status === 426;
  }
}

/** Typed calls to the central store's sync routes (docs/sync-protocol.md). */
export function storeClient(storeUrl: string) {
  async function request<Result>(path: string, init: RequestInit = {}): Promise<Result> {
    const response = await fetch(`${storeUrl}${path}`, {
      ...init,
      headers: {
        [PROTOCOL_VERSION_HEADER]: String(SYNC_PROTOCOL_VERSION),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as Partial<ApiError> | null;
      throw new StoreRequestError(
        response.status,
        body?.code ?? 'unknown',
        body?.message ?? `The central store answered ${response.status}`,
      );
    }
    return (await response.json()) as Result;
  }

  return {
    pull<Doc>(collection: string, checkpoint: Checkpoint | undefined, limit: number) {
      const query = new URLSearchParams({ limit: String(limit) });
      if (checkpoint) query.set('seq', String(checkpoint.seq));
      return request<PullResponse<Doc>>(`/sync/${collection}/pull?${query.toString()}`);
    },
    push<Doc>(collection: string, rows: PushRow<Doc>[]) {
      return request<WireDocument<Doc>[]>(`/sync/${collection}/push`, {
        method: 'POST',
        body: JSON.stringify(rows),
      });
    },
    streamUrl: `${storeUrl}/sync/stream?protocol=${SYNC_PROTOCOL_VERSION}`,
  };
}

export type StoreClient = ReturnType<typeof storeClient>;
