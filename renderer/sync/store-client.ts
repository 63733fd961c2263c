import type { ApiErrorDetail } from '../../shared/api/errors';
import {
  activitiesCollection,
  decisionsCollection,
  type Activity,
  type Decision,
} from '../../shared/schema';
import {
  PROTOCOL_VERSION_HEADER,
  SYNC_PROTOCOL_VERSION,
  type Checkpoint,
  type PushRow,
} from '../../shared/sync/protocol';
import {
  InvalidResponseError,
  apiErrorOf,
  validNotePushAnswer,
  validPullPage,
  validPushAnswer,
} from './store-answers';

/** The central store refused or failed a request; `code` is the store's error code. */
export class StoreRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** What the store said about each invalid field (`path` names the row of a push). */
    readonly details: readonly ApiErrorDetail[] = [],
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

/**
 * Calls to the central store's sync routes (docs/sync-protocol.md). Every answer is checked
 * against the protocol's schemas before it is returned: what does not match is an
 * InvalidResponseError and never reaches the local database.
 */
export function storeClient(storeUrl: string, accessToken: AccessTokenSource) {
  /** The JSON body of a successful answer, not yet checked; `answer` names it in errors. */
  async function request(
    path: string,
    answer: { collection: string; kind: string },
    init: RequestInit = {},
  ): Promise<unknown> {
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
    if (!response.ok) throw await refusalOf(response);
    try {
      return await response.json();
    } catch {
      throw new InvalidResponseError(answer.collection, answer.kind, '', 'is not JSON');
    }
  }

  return {
    async pull(collection: string, checkpoint: Checkpoint | undefined, limit: number) {
      const query = new URLSearchParams({ limit: String(limit) });
      if (checkpoint) query.set('seq', String(checkpoint.seq));
      if (checkpoint?.scope) query.set('scope', checkpoint.scope);
      const body = await request(`/sync/${collection}/pull?${query.toString()}`, {
        collection,
        kind: 'pull page',
      });
      return validPullPage(collection, body);
    },
    /** Decisions are the only documents a client writes. */
    async pushDecisions(rows: PushRow<Decision>[]) {
      const body = await request(
        `/sync/${decisionsCollection.name}/push`,
        { collection: decisionsCollection.name, kind: 'push answer' },
        { method: 'POST', body: JSON.stringify(rows) },
      );
      return validPushAnswer(body);
    },
    async pushNotes(rows: PushRow<Activity>[]) {
      const body = await request(
        `/sync/${activitiesCollection.name}/push`,
        { collection: activitiesCollection.name, kind: 'push answer' },
        { method: 'POST', body: JSON.stringify(rows) },
      );
      return validNotePushAnswer(body);
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

/** The store's error, from its body; a body that is not the protocol's still says the status. */
async function refusalOf(response: Response): Promise<StoreRequestError> {
  const body: unknown = await response.json().catch(() => null);
  const error = apiErrorOf(body);
  if (error) {
    return new StoreRequestError(response.status, error.code, error.message, error.details);
  }
  const status = [String(response.status), response.statusText].filter(Boolean).join(' ');
  return new StoreRequestError(
    response.status,
    'unknown',
    `The central store answered ${status}, without an error the app can read`,
  );
}
