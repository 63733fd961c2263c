import type { RxReplicationPullStreamItem } from 'rxdb';
import { BehaviorSubject, Subject } from 'rxjs';
import { RESYNC, STREAM_RETRY_MS, type PullResponse } from '../../shared/sync/protocol';

export type StreamConnection = 'connecting' | 'online' | 'offline';

const MAX_RETRY_MS = 30_000;

/**
 * Full jitter: a random wait between the store's `retry:` hint and an exponential cap, so the
 * clients a store restart disconnected together do not all come back (and re-pull) together.
 */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(MAX_RETRY_MS, STREAM_RETRY_MS * 2 ** (attempt + 1));
  return STREAM_RETRY_MS + random() * (cap - STREAM_RETRY_MS);
}

/**
 * One server-sent event stream for every collection. It reconnects by itself (with jittered
 * backoff, and at once when the OS reports the network back) and every (re)connection starts
 * with RESYNC, so RxDB re-pulls whatever was missed while away.
 */
export function openChangeStream(
  streamUrl: () => Promise<string | null>,
  collections: readonly string[],
  random: () => number = Math.random,
) {
  const streams = new Map(
    collections.map((name) => [
      name,
      new Subject<RxReplicationPullStreamItem<unknown, { seq: number }>>(),
    ]),
  );
  const connection$ = new BehaviorSubject<StreamConnection>('connecting');
  let source: EventSource | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let closed = false;

  function connect() {
    clearTimeout(retryTimer);
    source?.close();
    // Each connection asks for a fresh URL: it carries the current access token.
    void streamUrl().then((url) => {
      if (closed) return;
      if (url) open(url);
      else connection$.next('offline');
    }, scheduleRetry);
  }

  function scheduleRetry() {
    connection$.next('offline');
    if (!closed) retryTimer = setTimeout(connect, reconnectDelayMs(attempt, random));
    attempt += 1;
  }

  function open(url: string) {
    source = new EventSource(url);
    source.onopen = () => {
      attempt = 0;
      connection$.next('online');
    };
    source.onmessage = (event: MessageEvent<string>) => {
      if (JSON.parse(event.data) === RESYNC) {
        for (const stream of streams.values()) stream.next(RESYNC);
      }
    };
    for (const [name, stream] of streams) {
      source.addEventListener(name, (event: MessageEvent<string>) => {
        stream.next(
          JSON.parse(event.data) as PullResponse<unknown> & { checkpoint: { seq: number } },
        );
      });
    }
    source.onerror = () => {
      // EventSource would retry on its own, but not after every kind of failure: own the retry.
      source?.close();
      scheduleRetry();
    };
  }

  const reconnectNow = () => {
    if (!closed && connection$.value !== 'online') connect();
  };
  const dropConnection = () => {
    // The OS says the network is gone: the stream is dead even if the socket has not noticed.
    clearTimeout(retryTimer);
    source?.close();
    connection$.next('offline');
  };
  window.addEventListener('online', reconnectNow);
  window.addEventListener('offline', dropConnection);
  connect();

  return {
    connection$,
    streamOf(collection: string) {
      const stream = streams.get(collection);
      if (!stream) throw new Error(`No change stream for "${collection}"`);
      return stream.asObservable();
    },
    close() {
      closed = true;
      clearTimeout(retryTimer);
      source?.close();
      window.removeEventListener('online', reconnectNow);
      window.removeEventListener('offline', dropConnection);
      for (const stream of streams.values()) stream.complete();
      connection$.complete();
    },
  };
}
