import type { RxReplicationPullStreamItem } from 'rxdb';
import { BehaviorSubject, Subject } from 'rxjs';
import type { StoredDocument } from '../../shared/schema/collection';
import { Value } from 'typebox/value';
import {
  MAX_SEQ,
  RESYNC,
  STREAM_HEADS_EVENT,
  STREAM_RETRY_MS,
  StreamHeadsSchema,
  type Checkpoint,
  type StreamHeads,
} from '../../shared/sync/protocol';
import { InvalidResponseError, validStreamBatch } from './store-answers';

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

type StreamOptions = {
  random?: () => number;
  /** An event the protocol does not allow arrived (and was replaced by a RESYNC). */
  onInvalid?: (error: InvalidResponseError) => void;
};

/**
 * One server-sent event stream for every collection. It reconnects by itself (with jittered
 * backoff, and at once when the OS reports the network back) and every (re)connection starts
 * with RESYNC, so RxDB re-pulls whatever was missed while away. Each event is checked against
 * its collection's schema: an invalid one is reported and becomes a RESYNC of that collection,
 * so its changes arrive through a (checked) pull instead.
 */
export function openChangeStream(
  streamUrl: () => Promise<string | null>,
  collections: readonly string[],
  { random = Math.random, onInvalid = () => undefined }: StreamOptions = {},
) {
  const streams = new Map(
    collections.map((name) => [
      name,
      new Subject<RxReplicationPullStreamItem<StoredDocument, Checkpoint>>(),
    ]),
  );
  const connection$ = new BehaviorSubject<StreamConnection>('connecting');
  let source: EventSource | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let closed = false;
  /** The heads sent before the next RESYNC, and those of the RESYNC this connection had. */
  let pendingHeads: StreamHeads | null = null;
  let heads: StreamHeads | null = null;

  function connect() {
    clearTimeout(retryTimer);
    source?.close();
    // Heads hold only while the connection that brought them lasts.
    pendingHeads = null;
    heads = null;
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
      // The unnamed event carries nothing but RESYNC: compared as the text the store sends.
      if (event.data === JSON.stringify(RESYNC)) {
        // A RESYNC without heads (the store lost its LISTEN) means: pull every collection.
        heads = pendingHeads;
        pendingHeads = null;
        for (const stream of streams.values()) stream.next(RESYNC);
      }
    };
    source.addEventListener(STREAM_HEADS_EVENT, (event: MessageEvent<string>) => {
      // Checked by TypeBox's interpreter: one small event per connection (no generated check).
      // Anything else is ignored, and the RESYNC after it pulls every collection.
      const body = parsedOrNull(event.data);
      pendingHeads = Value.Check(StreamHeadsSchema, body) ? body : null;
    });
    for (const [name, stream] of streams) {
      source.addEventListener(name, (event: MessageEvent<string>) => {
        try {
          stream.next(validStreamBatch(name, parsed(event.data, name)));
        } catch (error) {
          if (!(error instanceof InvalidResponseError)) throw error;
          onInvalid(error);
          // Its changes must come through a pull now, whatever the heads said.
          if (heads) heads = { ...heads, seq: { ...heads.seq, [name]: MAX_SEQ } };
          stream.next(RESYNC);
        }
      });
    }
    source.onerror = () => {
      heads = null;
      // EventSource would retry on its own, but not after every kind of failure: own the retry.
      source?.close();
      scheduleRetry();
    };
  }

  const reconnectNow = () => {
    if (!closed && connection$.value !== 'online') connect();
  };
  const dropConnection = () => {
    heads = null;
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
    /**
     * True when the store said, on this connection, that nothing of `collection` is newer than
     * `checkpoint` (made for the same scope): every later change comes on this stream, so a pull
     * would bring nothing. False whenever in doubt.
     */
    caughtUpAt(collection: string, checkpoint: Checkpoint | undefined): boolean {
      const head = heads?.seq[collection];
      return (
        checkpoint !== undefined &&
        head !== undefined &&
        checkpoint.scope === heads?.scope &&
        checkpoint.seq >= head
      );
    },
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

function parsed(data: string, collection: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    throw new InvalidResponseError(collection, 'stream event', '', 'is not JSON');
  }
}

function parsedOrNull(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}
