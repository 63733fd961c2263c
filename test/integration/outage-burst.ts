import { expect } from 'vitest';
import type { App } from '../../server/app';
import type { Decision } from '../../shared/schema';
import { PROTOCOL_VERSION_HEADER, RESYNC, type PullResponse } from '../../shared/sync/protocol';
import { tokenFor } from '../support/auth';
import { aDecision, ana, aRequest, seedScenario } from '../support/scenario';
import { openEventStream } from '../support/sse';

/** Requests waiting on Ana, each decided twice (two devices), so exactly one decision applies. */
const REQUESTS = 40;
const DEVICES = 2;
const WORKERS = 4;
const PAUSE_MS = 20;
const RETRY_MS = 150;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const headers = (token: string) => ({
  [PROTOCOL_VERSION_HEADER]: '4',
  authorization: `Bearer ${token}`,
});

export async function seedBurst(app: App) {
  await seedScenario(app);
  await app
    .storeOf('requests')
    .put(
      Array.from({ length: REQUESTS }, (_, index) => aRequest({ id: `request-burst-${index}` })),
    );
}

function burstDecisions() {
  return Array.from({ length: REQUESTS * DEVICES }, (_, index) =>
    aDecision({
      id: `decision-burst-${index}`,
      requestId: `request-burst-${index % REQUESTS}`,
      deviceId: `device-${Math.floor(index / REQUESTS)}`,
    }),
  );
}

export type BurstResult = {
  /** Every status the store answered, in order: 200 or 503 are the only acceptable ones. */
  statuses: number[];
  /** Pushes that got no HTTP answer at all (the store would have crashed). */
  networkFailures: number;
  /** The outcome each decision was acknowledged with (its first 200). */
  acknowledged: Map<string, Decision['outcome']>;
};

/**
 * Pushes every burst decision, one per push, from a few workers at once, like the outboxes of
 * several laptops. A push the store did not acknowledge is pushed again until it is.
 */
export async function pushBurst(app: App, baseUrl: string): Promise<BurstResult> {
  const token = await tokenFor(app, ana);
  const queue = burstDecisions();
  const result: BurstResult = { statuses: [], networkFailures: 0, acknowledged: new Map() };
  async function worker() {
    for (let decision = queue.shift(); decision; decision = queue.shift()) {
      for (;;) {
        const response = await fetch(`${baseUrl}/sync/decisions/push`, {
          method: 'POST',
          headers: { ...headers(token), 'content-type': 'application/json' },
          body: JSON.stringify([{ newDocumentState: decision }]),
        }).catch(() => undefined);
        if (!response) result.networkFailures += 1;
        else result.statuses.push(response.status);
        if (response?.status === 200) {
          const [stored] = (await response.json()) as Decision[];
          result.acknowledged.set(decision.id, stored?.outcome ?? null);
          break;
        }
        // Anything but "try again shortly" is a failure the assertions report; do not spin on it.
        if (response?.status !== 503) break;
        expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
        await sleep(RETRY_MS);
      }
      await sleep(PAUSE_MS);
    }
  }
  await Promise.all(Array.from({ length: WORKERS }, worker));
  return result;
}

/** What the store holds after the burst: every decision once, with one outcome, one applied per request. */
export async function expectEveryDecisionStoredOnce(app: App, burst: BurstResult) {
  expect(burst.networkFailures).toBe(0);
  expect(burst.statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
  const decisions = burstDecisions();
  const stored = await app.storeOf('decisions').getMany(decisions.map((decision) => decision.id));
  expect(burst.acknowledged.size).toBe(decisions.length);
  for (const decision of decisions) {
    const outcome = stored.get(decision.id)?.outcome;
    expect(outcome, decision.id).toBeTruthy();
    // What the client was told is what the store kept.
    expect(burst.acknowledged.get(decision.id)).toEqual(outcome);
  }
  const appliedPerRequest = new Map<string, number>();
  for (const decision of stored.values()) {
    if (decision.outcome?.status !== 'applied') continue;
    appliedPerRequest.set(decision.requestId, (appliedPerRequest.get(decision.requestId) ?? 0) + 1);
  }
  expect(appliedPerRequest.size).toBe(REQUESTS);
  expect([...appliedPerRequest.values()].every((count) => count === 1)).toBe(true);
  const requests = await app.storeOf('requests').getMany([...appliedPerRequest.keys()]);
  expect([...requests.values()].every((request) => request.currentStep === 1)).toBe(true);
}

/** Ana's live stream, open across the outage. */
export async function openAnasStream(app: App, baseUrl: string) {
  const stream = await openEventStream(
    `${baseUrl}/sync/stream?protocol=4&access_token=${await tokenFor(app, ana)}`,
  );
  await stream.waitFor(1);
  return stream;
}

type Stream = Awaited<ReturnType<typeof openAnasStream>>;

/** The stream was told to RESYNC after LISTEN came back, and still delivers new changes. */
export async function expectStreamRecovered(app: App, stream: Stream) {
  // LISTEN comes back after a jittered backoff (up to 10 s between attempts), then says RESYNC.
  const resyncs = () => stream.messages.filter((message) => message.data === RESYNC).length;
  const resyncBy = Date.now() + 15_000;
  while (resyncs() < 2 && Date.now() < resyncBy)
    await stream.waitFor(stream.messages.length + 1, 1_000).catch(() => undefined);
  expect(resyncs()).toBeGreaterThanOrEqual(2);
  const before = stream.messages.length;
  const partner = await app.storeOf('partners').get('partner-a1');
  if (!partner) throw new Error('partner-a1 is not seeded');
  await app.storeOf('partners').put([{ ...partner, name: 'Alpha after the outage' }]);
  const deadline = Date.now() + 10_000;
  const renamed = () =>
    stream.messages
      .slice(before)
      .some(
        (message) =>
          message.event === 'partners' &&
          JSON.stringify(message.data).includes('Alpha after the outage'),
      );
  while (!renamed() && Date.now() < deadline)
    await stream.waitFor(stream.messages.length + 1, 10_000).catch(() => undefined);
  expect(renamed()).toBe(true);
}

/**
 * A client that replicates by checkpoint: pulls each collection to the end, keeping documents
 * by id, and can go on from where it stopped. Answers 503 are waited out.
 */
export function aReplicatingClient(app: App, baseUrl: string, collections: readonly string[]) {
  const documents = new Map(collections.map((name) => [name, new Map<string, unknown>()]));
  const checkpoints = new Map<string, string>();
  async function pullToEnd(name: string, fromScratch: boolean, into: Map<string, unknown>) {
    const token = await tokenFor(app, ana);
    let query = fromScratch ? '' : (checkpoints.get(name) ?? '');
    for (;;) {
      const response = await fetch(`${baseUrl}/sync/${name}/pull?limit=100${query}`, {
        headers: headers(token),
      });
      if (response.status === 503) {
        await sleep(RETRY_MS);
        continue;
      }
      expect(response.status).toBe(200);
      const page = (await response.json()) as PullResponse<{ id: string }>;
      for (const doc of page.documents) {
        if (doc._deleted) into.delete(doc.id);
        else into.set(doc.id, doc);
      }
      if (page.checkpoint) {
        query = `&seq=${page.checkpoint.seq}&scope=${page.checkpoint.scope ?? ''}`;
        if (!fromScratch) checkpoints.set(name, query);
      }
      if (page.documents.length < 100) return;
    }
  }
  return {
    async catchUp() {
      for (const [name, held] of documents) await pullToEnd(name, false, held);
    },
    /** Its copy equals what a client starting today from nothing would get. */
    async expectConverged() {
      for (const [name, held] of documents) {
        const fresh = new Map<string, unknown>();
        await pullToEnd(name, true, fresh);
        expect(Object.fromEntries(held), name).toEqual(Object.fromEntries(fresh));
      }
    },
  };
}
