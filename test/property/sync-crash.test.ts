import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import type { Database } from '../../server/db/database';
import type { Decision } from '../../shared/schema';
import { replicatedCollections } from '../../shared/schema';
import { PROTOCOL_VERSION_HEADER, type WireDocument } from '../../shared/sync/protocol';
import { testAuth } from '../support/auth';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { aPartner } from '../support/partners';
import { aRequest, ana, aTerritory, aUser, bob, rita } from '../support/scenario';
import { storeProcess } from './store-process';

/** Each history starts the store process a few times (~1 s each): fewer runs than the fault test. */
const RUNS = Math.max(3, Math.ceil(Number(process.env['FAULT_RUNS'] ?? 100) / 50));
const MS_PER_RUN = 20_000;

const people = [ana, bob, rita];
const requestIds = ['request-a1', 'request-b1'];
const collections = replicatedCollections.map((collection) => collection.name);

const step = fc.oneof(
  fc.record({
    kind: fc.constant('decide' as const),
    person: fc.integer({ min: 0, max: 2 }),
    request: fc.integer({ min: 0, max: 1 }),
    stepIndex: fc.integer({ min: 0, max: 1 }),
    action: fc.constantFrom('approve' as const, 'reject' as const),
  }),
  fc.record({
    kind: fc.constant('push' as const),
    person: fc.integer({ min: 0, max: 2 }),
    // Kill the store this many milliseconds into the push (undefined: let it answer).
    killAfterMs: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  }),
);
type Step = typeof step extends fc.Arbitrary<infer Value> ? Value : never;

describe('decisions across a crash of the store process (property)', () => {
  let testDatabase: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    testDatabase = await createTestDatabase('postgres');
    database = await testDatabase.open();
  });
  afterAll(async () => {
    await database.close();
    await testDatabase.drop();
  });

  async function seed() {
    await database.exec(`TRUNCATE scope_exits, ${collections.join(', ')}`);
    const app = await buildApp({ database, corsOrigins: [], auth: testAuth });
    await app.storeOf('territories').put([aTerritory('territory-a'), aTerritory('territory-b')]);
    await app.storeOf('users').put(people.map((person) => aUser(person)));
    await app
      .storeOf('partners')
      .put([
        aPartner({ id: 'partner-a1', territoryId: 'territory-a' }),
        aPartner({ id: 'partner-b1', territoryId: 'territory-b' }),
      ]);
    await app
      .storeOf('requests')
      .put([
        aRequest(),
        aRequest({ id: 'request-b1', partnerId: 'partner-b1', territoryId: 'territory-b' }),
      ]);
    await app.close();
  }

  async function run(steps: Step[]) {
    await seed();
    const url = testDatabase.url;
    if (!url) throw new Error('the crash test needs PostgreSQL');
    const store = await storeProcess(url);
    await store.start();
    let up = true;
    const outboxes = people.map((): Decision[] => []);
    /** What the store answered for each decision, when an answer arrived. */
    const acknowledged = new Map<string, Decision['outcome']>();
    let nextId = 0;

    async function push(person: number, killAfterMs?: number) {
      const who = people[person];
      const outbox = outboxes[person];
      if (!who || !outbox || outbox.length === 0) return;
      if (!up) {
        await store.start();
        up = true;
      }
      const sent = fetch(`${store.url}/sync/decisions/push`, {
        method: 'POST',
        headers: {
          [PROTOCOL_VERSION_HEADER]: '4',
          authorization: `Bearer ${await store.tokenFor(who.userId)}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(outbox.map((decision) => ({ newDocumentState: decision }))),
        // A push cut by the crash fails: the device keeps its outbox and sends it again later.
      }).catch(() => undefined);
      if (killAfterMs !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, killAfterMs));
        await store.kill();
        up = false;
      }
      const response = await sent;
      if (!response) return;
      // A killed store may still have answered before it died: then the answer counts.
      const body = await response.text().catch(() => undefined);
      if (response.status !== 200 || body === undefined) return;
      for (const stored of JSON.parse(body) as WireDocument<Decision>[]) {
        acknowledged.set(stored.id, stored.outcome);
        const index = outbox.findIndex((decision) => decision.id === stored.id);
        if (index >= 0) outbox.splice(index, 1);
      }
    }

    try {
      for (const action of steps) {
        if (action.kind === 'decide') {
          const who = people[action.person];
          const requestId = requestIds[action.request] ?? 'none';
          if (!who) continue;
          outboxes[action.person]?.push({
            id: `decision-${nextId++}`,
            requestId,
            territoryId: requestId.includes('-a') ? 'territory-a' : 'territory-b',
            stepIndex: action.stepIndex,
            action: action.action,
            comment: '',
            amount: null,
            decidedBy: who.userId,
            deviceId: `device-${who.userId}`,
            decidedAt: '2026-11-24T10:00:00.000Z',
            outcome: null,
            updatedAt: '2026-11-24T10:00:00.000Z',
            _deleted: false,
          } as Decision);
        } else {
          await push(action.person, action.killAfterMs);
        }
      }
      // The store comes back on the same database; every device sends what it still holds.
      for (let person = 0; person < people.length; person += 1) await push(person);
    } finally {
      await store.kill();
    }

    const stored = new Map(
      (await database.query<{ doc: Decision }>('SELECT doc FROM decisions')).map((row) => [
        row.doc.id,
        row.doc,
      ]),
    );
    // Every answered decision survived the crash with the outcome the device was told.
    for (const [id, outcome] of acknowledged) expect(stored.get(id)?.outcome, id).toEqual(outcome);
    expect(outboxes.flat()).toEqual([]);
    // One decision took effect per request step at most, and the request names it.
    const applied = [...stored.values()].filter((d) => d.outcome?.status === 'applied');
    const decidedSteps = applied.map((decision) => `${decision.requestId}#${decision.stepIndex}`);
    expect(new Set(decidedSteps).size).toBe(decidedSteps.length);
    const requests = await database.query<{ doc: { steps: Array<{ decisionId: string | null }> } }>(
      'SELECT doc FROM requests',
    );
    for (const request of requests) {
      for (const requestStep of request.doc.steps) {
        if (requestStep.decisionId === null) continue;
        expect(stored.get(requestStep.decisionId)?.outcome?.status).toBe('applied');
      }
    }
  }

  it(
    `keeps every acknowledged decision, with one outcome, over ${RUNS} histories with SIGKILL`,
    async () => {
      await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 12 }), run), {
        numRuns: RUNS,
        endOnFailure: true,
      });
    },
    RUNS * MS_PER_RUN + 60_000,
  );
});
