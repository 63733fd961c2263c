import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STREAM_RETRY_MS } from '../../shared/sync/protocol';
import { openChangeStream, reconnectDelayMs } from './change-stream';

const MAX_RETRY_MS = 30_000;

/** A stand-in EventSource: records when each connection was made; fails it while the store is down. */
class FakeEventSource {
  static storeDown = true;
  static opened: FakeEventSource[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  onerror: (() => void) | null = null;
  readonly openedAt = Date.now();

  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
    // After the caller has attached its handlers, as a real EventSource would.
    queueMicrotask(() => {
      if (FakeEventSource.storeDown) this.onerror?.();
      else this.onopen?.();
    });
  }
  addEventListener() {}
  close() {}
}

/** A small seeded generator, so two clients draw different but repeatable numbers. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function connectionTimes(url: string): number[] {
  return FakeEventSource.opened
    .filter((source) => source.url === url)
    .map((source) => source.openedAt);
}

function gaps(times: number[]): number[] {
  return times.slice(1).map((time, index) => time - (times[index] ?? 0));
}

function openClient(url: string, random: () => number) {
  return openChangeStream(() => Promise.resolve(url), ['partners'], { random });
}

describe('change stream reconnection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('EventSource', FakeEventSource);
    FakeEventSource.storeDown = true;
    FakeEventSource.opened = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('spreads two clients dropped together, each wait between the retry hint and a growing cap', async () => {
    const first = openClient('first', seededRandom(1));
    const second = openClient('second', seededRandom(2));
    await vi.advanceTimersByTimeAsync(120_000);
    first.close();
    second.close();

    const firstGaps = gaps(connectionTimes('first'));
    const secondGaps = gaps(connectionTimes('second'));
    expect(firstGaps.length).toBeGreaterThanOrEqual(5);
    for (const clientGaps of [firstGaps, secondGaps]) {
      clientGaps.forEach((gap, attempt) => {
        expect(gap).toBeGreaterThanOrEqual(STREAM_RETRY_MS);
        expect(gap).toBeLessThanOrEqual(
          Math.min(MAX_RETRY_MS, STREAM_RETRY_MS * 2 ** (attempt + 1)),
        );
      });
    }
    // Dropped at the same instant, they come back at different instants, every time.
    firstGaps.slice(0, 5).forEach((gap, attempt) => {
      expect(Math.abs(gap - (secondGaps[attempt] ?? 0))).toBeGreaterThan(10);
    });
  });

  it('starts again from the shortest wait once a connection opens', async () => {
    const client = openClient('client', seededRandom(3));
    await vi.advanceTimersByTimeAsync(60_000);
    FakeEventSource.storeDown = false;
    await vi.advanceTimersByTimeAsync(MAX_RETRY_MS);
    const opened = FakeEventSource.opened.at(-1);
    expect(client.connection$.value).toBe('online');

    FakeEventSource.storeDown = true;
    const droppedAt = Date.now();
    opened?.onerror?.();
    await vi.advanceTimersByTimeAsync(2 * STREAM_RETRY_MS);
    const [back] = connectionTimes('client').filter((time) => time > droppedAt);
    expect(back).toBeDefined();
    expect((back ?? 0) - droppedAt).toBeLessThanOrEqual(2 * STREAM_RETRY_MS);
    client.close();
  });

  it('reconnects at once when the OS reports the network back', async () => {
    const client = openClient('client', () => 0.99);
    await vi.advanceTimersByTimeAsync(20_000);
    const before = FakeEventSource.opened.length;
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeEventSource.opened.length).toBe(before + 1);
    client.close();
  });
});

describe('reconnectDelayMs', () => {
  it.each([
    [0, 0, STREAM_RETRY_MS],
    [0, 1, 2 * STREAM_RETRY_MS],
    [2, 0.5, STREAM_RETRY_MS + 0.5 * (8 * STREAM_RETRY_MS - STREAM_RETRY_MS)],
    [10, 1, MAX_RETRY_MS],
    [2000, 1, MAX_RETRY_MS],
  ])('attempt %i with random %f waits %f ms', (attempt, random, expected) => {
    expect(reconnectDelayMs(attempt, () => random)).toBeCloseTo(expected);
  });
});
