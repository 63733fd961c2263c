import { Agent, request, type IncomingMessage } from 'node:http';
import { reconnectDelayMs } from '../../renderer/sync/change-stream';
import { replicatedCollections } from '../../shared/schema';
import {
  MAX_PULL_LIMIT,
  PROTOCOL_VERSION_HEADER,
  RESYNC,
  STREAM_HEADS_EVENT,
  SYNC_PROTOCOL_VERSION,
  type Checkpoint,
  type PullResponse,
  type StreamHeads,
} from '../../shared/sync/protocol';
import type { BenchStore } from './bench-store';

/** The app retries a failed pull after 3 to 9 s, each client its own (renderer/sync/sync-engine.ts). */
const PULL_RETRY_MIN_MS = 3000;
const PULL_RETRY_SPREAD_MS = 6000;

export type Checkpoints = ReadonlyMap<string, Checkpoint | undefined>;

export type StormTally = {
  /** Pull answers by HTTP status, and stream answers that were not 200. */
  statuses: Map<number, number>;
  /** Requests that failed before an answer (the store down: refused, reset). */
  networkErrors: number;
  /** Stream connections attempted, the first ones included. */
  streamAttempts: number;
  pulls: number;
};

export type StormClients = {
  size: number;
  /** From now on, each client's next RESYNC is followed by a catch-up of every collection. */
  armCatchUp(): void;
  /**
   * Resolves with each client's time (performance.now()) of having caught up after its RESYNC,
   * and how many documents of each collection it received meanwhile; rejects after `timeoutMs`.
   */
  caughtUp(timeoutMs: number): Promise<{ at: number[]; received: Map<string, number>[] }>;
  tally: StormTally;
  close(): void;
};

type Client = {
  checkpoints: Map<string, Checkpoint | undefined>;
  agent: Agent;
  attempt: number;
  armed: boolean;
  caughtUpAt: number | undefined;
  received: Map<string, number>;
  stream: ReturnType<typeof request> | undefined;
  /** The heads the store sent before this connection's RESYNC (renderer/sync/change-stream.ts). */
  pendingHeads: StreamHeads | null;
  heads: StreamHeads | null;
};

/**
 * `size` laptops as the app behaves (renderer/sync/): each holds the live stream on a socket of
 * its own and reconnects with the app's jittered backoff when it drops; after a RESYNC it pulls
 * every collection from its checkpoint until caught up (but those the store's heads say hold
 * nothing newer), on one keep-alive connection of its own, retrying a failed pull after 3 to
 * 9 s. They start at `checkpoints` (caught up).
 */
export async function connectStormClients(
  store: BenchStore,
  size: number,
  checkpoints: Checkpoints,
  timeoutMs: number,
): Promise<StormClients> {
  const query = new URLSearchParams({
    protocol: String(SYNC_PROTOCOL_VERSION),
    access_token: store.token,
  });
  const streamUrl = `${store.url}/sync/stream?${query.toString()}`;
  const headers = {
    [PROTOCOL_VERSION_HEADER]: String(SYNC_PROTOCOL_VERSION),
    authorization: `Bearer ${store.token}`,
    'accept-encoding': 'identity',
  };
  const tally: StormTally = { statuses: new Map(), networkErrors: 0, streamAttempts: 0, pulls: 0 };
  const count = (status: number) =>
    tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
  let closing = false;
  let connected = 0;
  let caughtUpCount = 0;
  const wake = new Set<() => void>();
  const notify = () => {
    for (const waiter of wake) waiter();
  };

  function connect(client: Client) {
    if (closing) return;
    tally.streamAttempts += 1;
    let ended = false;
    const reconnect = () => {
      if (ended || closing) return;
      ended = true;
      const delay = reconnectDelayMs(client.attempt);
      client.attempt += 1;
      setTimeout(() => {
        connect(client);
      }, delay);
    };
    client.heads = null;
    client.pendingHeads = null;
    const stream = request(streamUrl, { agent: false });
    client.stream = stream;
    stream.on('response', (response) => {
      if (response.statusCode !== 200) {
        count(response.statusCode ?? 0);
        response.resume();
        response.on('end', reconnect);
        return;
      }
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(`event: ${STREAM_HEADS_EVENT}\n`)) {
            // The store's heads event (shared/sync/protocol.ts).
            client.pendingHeads = JSON.parse(
              block.slice(block.indexOf('data: ') + 6),
            ) as StreamHeads;
          } else if (block.includes(`data: ${JSON.stringify(RESYNC)}`)) {
            client.heads = client.pendingHeads;
            client.pendingHeads = null;
            resynced(client);
          }
          end = buffer.indexOf('\n\n');
        }
      });
      response.on('end', reconnect);
      response.on('error', reconnect);
    });
    stream.on('error', () => {
      if (!closing) tally.networkErrors += 1;
      reconnect();
    });
    stream.end();
  }

  function resynced(client: Client) {
    client.attempt = 0;
    if (!client.armed) {
      connected += 1;
      notify();
      return;
    }
    client.armed = false;
    void catchUp(client);
  }

  async function catchUp(client: Client) {
    // The app's replications pull every collection at once; the agent's one socket queues them.
    await Promise.all(replicatedCollections.map(({ name }) => pullToEnd(client, name)));
    client.caughtUpAt = performance.now();
    caughtUpCount += 1;
    notify();
  }

  async function pullToEnd(client: Client, collection: string) {
    for (;;) {
      if (closing) return;
      const checkpoint = client.checkpoints.get(collection);
      // As the app does: nothing newer than the checkpoint, by the heads, means no pull.
      const head = client.heads?.seq[collection];
      if (checkpoint && head !== undefined && checkpoint.scope === client.heads?.scope) {
        if (checkpoint.seq >= head) return;
      }
      const search = new URLSearchParams({ limit: String(MAX_PULL_LIMIT) });
      if (checkpoint) search.set('seq', String(checkpoint.seq));
      if (checkpoint?.scope) search.set('scope', checkpoint.scope);
      const answer = await get(`${store.url}/sync/${collection}/pull?${search.toString()}`, client);
      if (!answer) {
        tally.networkErrors += 1;
      } else {
        tally.pulls += 1;
        count(answer.status);
        if (answer.status === 200) {
          // The store's pull answer (docs/sync-protocol.md).
          const page = JSON.parse(answer.body) as PullResponse<unknown>;
          const received = client.received.get(collection) ?? 0;
          client.received.set(collection, received + page.documents.length);
          client.checkpoints.set(collection, page.checkpoint ?? checkpoint);
          if (page.documents.length < MAX_PULL_LIMIT) return;
          continue;
        }
      }
      await sleep(PULL_RETRY_MIN_MS + Math.random() * PULL_RETRY_SPREAD_MS);
    }
  }

  function get(url: string, client: Client): Promise<{ status: number; body: string } | null> {
    return new Promise((resolve) => {
      const call = request(url, { headers, agent: client.agent }, (response: IncomingMessage) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, body });
        });
        response.on('error', () => {
          resolve(null);
        });
      });
      call.on('error', () => {
        resolve(null);
      });
      call.end();
    });
  }

  function until(done: () => boolean, what: () => string, ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        wake.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        wake.delete(check);
        reject(new Error(what()));
      }, ms);
      wake.add(check);
      check();
    });
  }

  const clients: Client[] = Array.from({ length: size }, () => ({
    checkpoints: new Map(checkpoints),
    agent: new Agent({ keepAlive: true, maxSockets: 1 }),
    attempt: 0,
    armed: false,
    caughtUpAt: undefined,
    received: new Map(),
    stream: undefined,
    pendingHeads: null,
    heads: null,
  }));
  const close = () => {
    closing = true;
    for (const client of clients) {
      client.stream?.destroy();
      client.agent.destroy();
    }
  };
  for (const client of clients) connect(client);
  try {
    await until(
      () => connected >= size,
      () => `Only ${String(connected)} of ${String(size)} storm clients connected`,
      timeoutMs,
    );
  } catch (error) {
    close();
    throw error;
  }

  return {
    size,
    armCatchUp() {
      for (const client of clients) client.armed = true;
    },
    async caughtUp(ms) {
      await until(
        () => caughtUpCount >= size,
        () => `Only ${String(caughtUpCount)} of ${String(size)} clients caught up`,
        ms,
      );
      return {
        at: clients.map((client) => client.caughtUpAt ?? Number.NaN),
        received: clients.map((client) => client.received),
      };
    },
    tally,
    close,
  };
}

/** Where a client that is caught up stands: the last checkpoint of every collection. */
export async function currentCheckpoints(store: BenchStore): Promise<Checkpoints> {
  const checkpoints = new Map<string, Checkpoint | undefined>();
  for (const { name } of replicatedCollections) {
    let checkpoint: Checkpoint | undefined;
    for (;;) {
      const search = new URLSearchParams({ limit: String(MAX_PULL_LIMIT) });
      if (checkpoint) search.set('seq', String(checkpoint.seq));
      if (checkpoint?.scope) search.set('scope', checkpoint.scope);
      const response = await fetch(`${store.url}/sync/${name}/pull?${search.toString()}`, {
        headers: {
          [PROTOCOL_VERSION_HEADER]: String(SYNC_PROTOCOL_VERSION),
          authorization: `Bearer ${store.token}`,
        },
      });
      if (!response.ok) throw new Error(`Pull of ${name} answered ${String(response.status)}`);
      // The store's pull answer (docs/sync-protocol.md).
      const page = (await response.json()) as PullResponse<unknown>;
      checkpoint = page.checkpoint ?? checkpoint;
      if (page.documents.length < MAX_PULL_LIMIT) break;
    }
    checkpoints.set(name, checkpoint);
  }
  return checkpoints;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
