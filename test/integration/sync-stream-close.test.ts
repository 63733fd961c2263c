import { describe, expect, it } from 'vitest';
import { tokenFor } from '../support/auth';
import { ana } from '../support/scenario';
import { useScenarioApp } from '../support/scenario-app';
import { openEventStream } from '../support/sse';

describe('a store that stops', () => {
  const store = useScenarioApp('postgres');

  it('ends its live streams and closes at once, without waiting on them', async () => {
    const url = await store.app().listen({ port: 0, host: '127.0.0.1' });
    const token = await tokenFor(store.app(), ana);
    const streams = await Promise.all(
      [1, 2, 3].map(() => openEventStream(`${url}/sync/stream?protocol=1&access_token=${token}`)),
    );
    await Promise.all(streams.map((stream) => stream.waitFor(1)));

    const started = performance.now();
    await store.app().close();
    expect(performance.now() - started).toBeLessThan(2000);
    // Every stream was ended by the store (the clients reconnect with their backoff).
    await Promise.all(streams.map((stream) => stream.ended));
  });
});
