import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION_HEADER, RESYNC, type PullResponse } from '../../shared/sync/protocol';
import { signedInAs, tokenFor } from '../support/auth';
import { aPartner } from '../support/partners';
import { ana } from '../support/scenario';
import { useScenarioApp } from '../support/scenario-app';
import { openEventStream } from '../support/sse';

describe('a store that stops', () => {
  const store = useScenarioApp('postgres');

  it('ends its live streams and closes at once, without waiting on them', async () => {
    const url = await store.app().listen({ port: 0, host: '127.0.0.1' });
    const token = await tokenFor(store.app(), ana);
    const streams = await Promise.all(
      [1, 2, 3].map(() => openEventStream(`${url}/sync/stream?protocol=4&access_token=${token}`)),
    );
    await Promise.all(streams.map((stream) => stream.waitFor(1)));

    const started = performance.now();
    await store.app().close();
    expect(performance.now() - started).toBeLessThan(2000);
    // Every stream was ended by the store (the clients reconnect with their backoff).
    await Promise.all(streams.map((stream) => stream.ended));
  });
});

describe("the stream's heads", () => {
  const store = useScenarioApp('postgres');

  async function streamStart() {
    const url = await store.app().listen({ port: 0, host: '127.0.0.1' });
    const token = await tokenFor(store.app(), ana);
    const stream = await openEventStream(`${url}/sync/stream?protocol=4&access_token=${token}`);
    await stream.waitFor(1);
    await store.app().close();
    return { heads: stream.heads, messages: stream.messages };
  }

  async function partnersCheckpoint() {
    const response = await store.app().inject({
      url: '/sync/partners/pull?limit=5000',
      headers: { [PROTOCOL_VERSION_HEADER]: '4', ...(await signedInAs(store.app(), ana)) },
    });
    return response.json<PullResponse<unknown>>().checkpoint;
  }

  it('come just before RESYNC: every collection, at least as far as the caller has pulled', async () => {
    const caughtUp = await partnersCheckpoint();
    const { heads, messages } = await streamStart();
    expect(heads).toHaveLength(1);
    expect(messages[0]?.data).toBe(RESYNC);
    const event = heads[0] as { scope: string; seq: Record<string, number> };
    expect(Object.keys(event.seq).sort()).toEqual(
      store
        .app()
        .stores.map((s) => s.collection.name)
        .sort(),
    );
    expect(event.scope).toBe(caughtUp?.scope);
    expect(event.seq['partners']).toBeGreaterThanOrEqual(caughtUp?.seq ?? Infinity);
  });

  it('move on with a change: a checkpoint from before it is behind the head', async () => {
    const before = await partnersCheckpoint();
    await store
      .app()
      .storeOf('partners')
      .put([aPartner({ id: 'partner-new', territoryId: 'territory-a' })]);
    const after = await partnersCheckpoint();
    const { heads } = await streamStart();
    const event = heads[0] as { seq: Record<string, number> };
    expect(after?.seq).toBeGreaterThan(before?.seq ?? Infinity);
    expect(event.seq['partners']).toBe(after?.seq);
  });
});
