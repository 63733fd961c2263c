import { request, type ClientRequest } from 'node:http';
import { reconnectDelayMs } from '../../renderer/sync/change-stream';
import { RESYNC, SYNC_PROTOCOL_VERSION } from '../../shared/sync/protocol';
import type { BenchStore } from './bench-store';

export type LiveClients = {
  size: number;
  /** From the first connection attempt until every client had its RESYNC. */
  connectMs: number;
  /** Connections refused (503, reset) by the store under pressure and tried again after the backoff. */
  refused: number;
  /**
   * Resolves with each client's arrival time (performance.now()) of its `nth` event (1-based)
   * named `collection`, once every client has had it; rejects after `timeoutMs`.
   */
  arrivals(collection: string, nth: number, timeoutMs: number): Promise<number[]>;
  close(): void;
};

type Client = { request: ClientRequest; events: Map<string, number[]> };

/**
 * `size` clients of the live stream (GET /sync/stream, server-sent events), each on a socket of
 * its own, as `size` laptops would hold them. Only arrival times are kept.
 */
export async function connectLiveClients(
  store: BenchStore,
  size: number,
  timeoutMs: number,
): Promise<LiveClients> {
  const query = new URLSearchParams({
    protocol: String(SYNC_PROTOCOL_VERSION),
    access_token: store.token,
  });
  const url = `${store.url}/sync/stream?${query.toString()}`;
  // How many clients have had at least k events of a kind: "collection#k" -> count.
  const reached = new Map<string, number>();
  const waiters = new Set<() => void>();
  const failures: Error[] = [];
  let closing = false;
  let refused = 0;

  function record(client: Client, name: string) {
    const times = client.events.get(name) ?? [];
    times.push(performance.now());
    client.events.set(name, times);
    const key = `${name}#${String(times.length)}`;
    reached.set(key, (reached.get(key) ?? 0) + 1);
    for (const waiter of waiters) waiter();
  }

  function open(): Client {
    const client: Client = { request: request(url, { agent: false }), events: new Map() };
    attach(client, 0);
    return client;
  }

  /**
   * The app's stream: refused by a store under pressure (503, or a connection reset while its
   * accept queue is full), it is tried again after the app's backoff.
   */
  function attach(client: Client, attempt: number) {
    const retry = () => {
      refused += 1;
      setTimeout(() => {
        if (closing) return;
        client.request = request(url, { agent: false });
        attach(client, attempt + 1);
      }, reconnectDelayMs(attempt));
    };
    client.request.on('response', (response) => {
      if (response.statusCode === 503 && !closing) {
        response.resume();
        retry();
        return;
      }
      if (response.statusCode !== 200) {
        failures.push(new Error(`The stream answered ${String(response.statusCode)}`));
        for (const waiter of waiters) waiter();
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
          const name = /^event: (.+)$/m.exec(block)?.[1];
          if (name) record(client, name);
          else if (block.includes(`data: ${JSON.stringify(RESYNC)}`)) record(client, RESYNC);
          end = buffer.indexOf('\n\n');
        }
      });
    });
    client.request.on('error', (error: NodeJS.ErrnoException) => {
      if (closing) return;
      const beforeRESYNC = (client.events.get(RESYNC) ?? []).length === 0;
      if (beforeRESYNC && (error.code === 'ECONNRESET' || error.code === 'ECONNREFUSED')) {
        retry();
        return;
      }
      failures.push(error);
      for (const waiter of waiters) waiter();
    });
    client.request.end();
  }

  function waitUntil(key: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (failures[0]) finish(failures[0]);
        else if ((reached.get(key) ?? 0) >= size) finish();
      };
      const timer = setTimeout(() => {
        finish(new Error(`Only ${String(reached.get(key) ?? 0)} of ${String(size)} had ${key}`));
      }, timeoutMs);
      const finish = (error?: Error) => {
        clearTimeout(timer);
        waiters.delete(check);
        if (error) reject(error);
        else resolve();
      };
      waiters.add(check);
      check();
    });
  }

  const started = performance.now();
  const clients = Array.from({ length: size }, open);
  const close = () => {
    closing = true;
    for (const client of clients) client.request.destroy();
  };
  try {
    await waitUntil(`${RESYNC}#1`, timeoutMs);
  } catch (error) {
    close();
    throw error;
  }
  return {
    size,
    connectMs: performance.now() - started,
    refused,
    async arrivals(collection, nth, timeoutMs) {
      await waitUntil(`${collection}#${String(nth)}`, timeoutMs);
      return clients.map((client) => client.events.get(collection)?.[nth - 1] ?? Number.NaN);
    },
    close,
  };
}
