import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RESYNC, STREAM_HEADS_EVENT } from '../../shared/sync/protocol';
import { openChangeStream } from './change-stream';

/** A stand-in EventSource that opens at once and sends what the test tells it to. */
class FakeEventSource {
  static current: FakeEventSource | undefined;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly listeners = new Map<string, (event: { data: string }) => void>();
  constructor() {
    FakeEventSource.current = this;
    queueMicrotask(() => this.onopen?.());
  }
  addEventListener(name: string, listener: (event: { data: string }) => void) {
    this.listeners.set(name, listener);
  }
  emit(name: string, data: unknown) {
    this.listeners.get(name)?.({ data: typeof data === 'string' ? data : JSON.stringify(data) });
  }
  resync() {
    this.onmessage?.({ data: JSON.stringify(RESYNC) });
  }
  close() {}
}

const heads = { scope: 'scope-1', seq: { partners: 40, deals: 90 } };

async function connected() {
  const stream = openChangeStream(
    () => Promise.resolve('http://store.test/sync/stream'),
    ['partners', 'deals'],
  );
  await vi.waitFor(() => {
    expect(stream.connection$.value).toBe('online');
  });
  const source = FakeEventSource.current;
  if (!source) throw new Error('No stream opened');
  return { stream, source };
}

describe("the stream's heads: which collections a RESYNC need not pull", () => {
  beforeEach(() => {
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('skips a collection whose checkpoint is at or past its head, for the same scope only', async () => {
    const { stream, source } = await connected();
    source.emit(STREAM_HEADS_EVENT, heads);
    source.resync();

    expect.soft(stream.caughtUpAt('partners', { seq: 40, scope: 'scope-1' })).toBe(true);
    expect.soft(stream.caughtUpAt('partners', { seq: 55, scope: 'scope-1' })).toBe(true);
    expect.soft(stream.caughtUpAt('partners', { seq: 39, scope: 'scope-1' })).toBe(false);
    expect.soft(stream.caughtUpAt('deals', { seq: 40, scope: 'scope-1' })).toBe(false);
    // Another scope: the pull must go, to be told scope_changed.
    expect.soft(stream.caughtUpAt('partners', { seq: 40, scope: 'scope-2' })).toBe(false);
    expect.soft(stream.caughtUpAt('partners', undefined)).toBe(false);
    stream.close();
  });

  it.each([
    [
      'a RESYNC without heads (the store lost its LISTEN)',
      (source: FakeEventSource) => {
        source.resync();
      },
    ],
    [
      'the connection failing',
      (source: FakeEventSource) => {
        source.onerror?.();
      },
    ],
    [
      'an invalid event of that collection',
      (source: FakeEventSource) => {
        source.emit('partners', '{"documents": [');
      },
    ],
  ])('pulls again after %s', async (_, after) => {
    const { stream, source } = await connected();
    source.emit(STREAM_HEADS_EVENT, heads);
    source.resync();
    expect(stream.caughtUpAt('partners', { seq: 40, scope: 'scope-1' })).toBe(true);

    after(source);
    expect(stream.caughtUpAt('partners', { seq: 40, scope: 'scope-1' })).toBe(false);
    stream.close();
  });

  it('ignores heads that break the protocol: the RESYNC pulls everything', async () => {
    const { stream, source } = await connected();
    source.emit(STREAM_HEADS_EVENT, { scope: 'scope-1', seq: { partners: -1 } });
    source.resync();
    expect(stream.caughtUpAt('partners', { seq: 40, scope: 'scope-1' })).toBe(false);
    source.emit(STREAM_HEADS_EVENT, 'not json');
    source.resync();
    expect(stream.caughtUpAt('partners', { seq: 40, scope: 'scope-1' })).toBe(false);
    stream.close();
  });
});
