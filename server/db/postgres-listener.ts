import pg from 'pg';
import type { ListenHandlers } from './database';

const MIN_RECONNECT_MS = 250;
const MAX_RECONNECT_MS = 10_000;

/**
 * Full jitter: a random wait between the floor and an exponential cap, so the store's instances
 * do not all knock on a restarting PostgreSQL at the same instant.
 */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(MAX_RECONNECT_MS, MIN_RECONNECT_MS * 2 ** (attempt + 1));
  return MIN_RECONNECT_MS + random() * (cap - MIN_RECONNECT_MS);
}

export type ConnectionLost = (error: unknown, where: 'pool' | 'listen') => void;

/**
 * LISTEN on a connection of its own that outlives PostgreSQL's bad days: when the connection
 * dies (killed, server restarted) it is opened again with backoff, and `onReconnect` is told,
 * because NOTIFYs sent while nobody listened are lost. Resolves once listening the first time
 * (and rejects if that fails, so a misconfigured store fails at start-up).
 */
export async function listenWithReconnect(
  config: pg.ClientConfig,
  channel: string,
  { onNotify, onReconnect }: ListenHandlers,
  onConnectionLost: ConnectionLost,
): Promise<() => Promise<void>> {
  let current: pg.Client | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let stopped = false;

  async function connect(): Promise<pg.Client> {
    const client = new pg.Client(config);
    let lost = false;
    const onLost = (error: unknown) => {
      // 'error' and 'end' both arrive for one failure; react once.
      if (lost) return;
      lost = true;
      if (current === client) current = undefined;
      client.end().catch(() => undefined);
      if (stopped) return;
      onConnectionLost(error, 'listen');
      scheduleReconnect();
    };
    client.on('error', onLost);
    client.on('end', () => {
      onLost(new Error('LISTEN connection ended'));
    });
    client.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      lost = true;
      await client.end().catch(() => undefined);
      throw error;
    }
    return client;
  }

  function scheduleReconnect() {
    clearTimeout(retry);
    retry = setTimeout(() => {
      connect().then(
        (client) => {
          if (stopped) {
            void client.end().catch(() => undefined);
            return;
          }
          current = client;
          attempt = 0;
          onReconnect();
        },
        () => {
          attempt += 1;
          if (!stopped) scheduleReconnect();
        },
      );
    }, reconnectDelayMs(attempt));
  }

  current = await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const client = current;
    current = undefined;
    if (!client) return;
    await client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
    await client.end().catch(() => undefined);
  };
}
