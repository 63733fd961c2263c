import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app';
import type { Database } from '../../server/db/database';
import type { Decider } from '../../server/decisions/judge-decision';
import type { Decision, Request } from '../../shared/schema';
import { replicatedCollections } from '../../shared/schema';
import { testAuth } from '../support/auth';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { aPartner } from '../support/partners';
import { aRequest, ana, aTerritory, aUser, bob, rita } from '../support/scenario';
import { ModelClient } from './sync-model';
import { VisibilityOracle } from './visibility-oracle';

/** FAULT_RUNS=10000 npm run test:faults explores further (docs/testing.md); CI runs the default. */
const RUNS = Number(process.env['FAULT_RUNS'] ?? 40);
/** The budget per history: several times the measured time (docs/testing.md), for a busy machine. */
const MS_PER_RUN = 10_000;

/** Seeds that once failed: replayed first, every run (fast-check prints seed and path). */
const regressions: Array<{ seed: number; path: string }> = [
  // Rita lost a territory: the model kept another CAM's decision from it across the scope change.
  { seed: 930116455, path: '34' },
];

const dan: Decider = { userId: 'user-cam-dan', role: 'cam', territoryIds: ['territory-a'] };
const people = [ana, dan, bob, rita];
const requestIds = ['request-a1', 'request-a2', 'request-b1'];
const partnerIds = ['partner-a1', 'partner-a2', 'partner-b1'];
const collections = replicatedCollections.map((collection) => collection.name);
const territoryChoices = [[], ['territory-a'], ['territory-b'], ['territory-a', 'territory-b']];

const fault = fc.record({
  drop: fc.boolean(),
  loseResponse: fc.boolean(),
  duplicate: fc.boolean(),
  delay: fc.boolean(),
});
const client = fc.integer({ min: 0, max: 4 });
const step = fc.oneof(
  fc.record({
    kind: fc.constant('decide' as const),
    client,
    request: fc.integer({ min: 0, max: 2 }),
    action: fc.constantFrom('approve' as const, 'reject' as const, 'return_for_info' as const),
    stepIndex: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    forgeAs: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined, freq: 8 }),
  }),
  fc.record({ kind: fc.constant('offline' as const), client }),
  fc.record({ kind: fc.constant('online' as const), client }),
  fc.record({ kind: fc.constant('sync' as const), client, fault }),
  fc.record({ kind: fc.constant('flush' as const), order: fc.array(fc.nat(), { maxLength: 8 }) }),
  fc.record({ kind: fc.constant('restart' as const), duringPushOf: fc.option(client) }),
  fc.record({ kind: fc.constant('move' as const), partner: fc.integer({ min: 0, max: 2 }) }),
  fc.record({
    kind: fc.constant('reassign' as const),
    person: fc.integer({ min: 0, max: 3 }),
    territories: fc.integer({ min: 0, max: 3 }),
  }),
);
/** Closes a store at once: waiting for the HTTP keep-alive of closed streams cost ~4 s a history. */
async function stopStore(app: App) {
  app.server.closeAllConnections();
  await app.close();
}

type Step = typeof step extends fc.Arbitrary<infer Value> ? Value : never;
type Faults = typeof fault extends fc.Arbitrary<infer Value> ? Value : never;

describe('sync under faults (property)', () => {
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

  async function freshStore(oracle: VisibilityOracle): Promise<App> {
    for (const person of people) oracle.setUserTerritories(person.userId, person.territoryIds);
    for (const id of partnerIds)
      oracle.partnerTerritory.set(id, id.includes('-a') ? 'territory-a' : 'territory-b');
    for (const id of requestIds)
      oracle.requestTerritory.set(id, id.includes('-a') ? 'territory-a' : 'territory-b');
    await database.exec(`TRUNCATE scope_exits, ${collections.join(', ')}`);
    const app = await buildApp({ database, corsOrigins: [], auth: testAuth });
    await app.storeOf('territories').put([aTerritory('territory-a'), aTerritory('territory-b')]);
    await app.storeOf('users').put(people.map((person) => aUser(person)));
    await app
      .storeOf('partners')
      .put(
        partnerIds.map((id) =>
          aPartner({ id, territoryId: id.includes('-a') ? 'territory-a' : 'territory-b' }),
        ),
      );
    await app
      .storeOf('requests')
      .put([
        aRequest({ id: 'request-a1' }),
        aRequest({ id: 'request-a2', partnerId: 'partner-a2' }),
        aRequest({ id: 'request-b1', partnerId: 'partner-b1', territoryId: 'territory-b' }),
      ]);
    return app;
  }

  async function run(steps: Step[]) {
    const oracle = new VisibilityOracle();
    let app = await freshStore(oracle);
    let url = await app.listen({ port: 0, host: '127.0.0.1' });
    const clients = [
      new ModelClient('ana-laptop', ana),
      new ModelClient('ana-phone', ana),
      new ModelClient('dan', dan),
      new ModelClient('bob', bob),
      new ModelClient('rita', rita),
    ];
    const delayed: Array<() => Promise<unknown>> = [];
    const pushes: Array<{ client: ModelClient; decisions: Decision[] }> = [];
    let nextId = 0;

    const closeStreams = async () => {
      for (const target of clients) await target.closeStream(app, oracle);
    };
    const restart = async () => {
      await closeStreams();
      await stopStore(app);
      app = await buildApp({ database, corsOrigins: [], auth: testAuth });
      url = await app.listen({ port: 0, host: '127.0.0.1' });
    };

    async function sync(target: ModelClient, faults: Faults | undefined) {
      if (!target.online) return;
      await target.openStream(url, app, oracle);
      await target.drainStream(app, oracle);
      const outbox = target.outbox();
      if (outbox.length > 0) {
        pushes.push({ client: target, decisions: outbox });
        await transmit(
          () => target.pushRequest(app, outbox),
          (response) => {
            target.applyPush(response.statusCode, response.body);
          },
          faults,
        );
      }
      for (const collection of collections) {
        await transmit(
          () => target.pullRequest(app, collection),
          (response) => target.applyPull(collection, response.statusCode, response.body),
          faults,
          // A delayed pull answer would come after the client gave up on it: reads only.
          true,
        );
      }
    }

    async function transmit<Response>(
      send: () => Promise<Response>,
      receive: (response: Response) => unknown,
      faults: Faults | undefined,
      readOnly = false,
    ) {
      if (faults?.drop) return;
      if (faults?.delay) {
        if (!readOnly) delayed.push(send);
        return;
      }
      const response = await send();
      if (!faults?.loseResponse) receive(response);
      if (faults?.duplicate) {
        const again = await send();
        if (!faults.loseResponse) receive(again);
      }
    }

    for (const action of steps) {
      for (const target of clients) await target.drainStream(app, oracle);
      switch (action.kind) {
        case 'decide': {
          const actor = clients[action.client];
          if (!actor) break;
          const local = actor.local.get('requests')?.get(requestIds[action.request] ?? '') as
            Request | undefined;
          const request = local ?? aRequest({ id: requestIds[action.request] ?? 'none' });
          const decision = actor.decide(
            request,
            action.action,
            action.stepIndex ?? request.currentStep,
            `decision-${nextId++}`,
          );
          if (action.forgeAs !== undefined)
            decision.decidedBy = people[action.forgeAs]?.userId ?? decision.decidedBy;
          break;
        }
        case 'offline':
        case 'online': {
          const target = clients[action.client];
          if (!target) break;
          target.online = action.kind === 'online';
          if (!target.online) await target.closeStream(app, oracle);
          break;
        }
        case 'sync': {
          const target = clients[action.client];
          if (target) await sync(target, action.fault);
          break;
        }
        case 'flush': {
          const queue = delayed.splice(0);
          for (const index of action.order) {
            const [moved] = queue.splice(index % Math.max(queue.length, 1), 1);
            if (moved) queue.unshift(moved);
          }
          for (const send of queue) await send();
          break;
        }
        case 'restart': {
          const pusher = action.duringPushOf === null ? undefined : clients[action.duringPushOf];
          const outbox = pusher?.outbox() ?? [];
          if (pusher && outbox.length > 0) {
            // The push is in flight when the store goes down: it may commit all, some or none.
            pushes.push({ client: pusher, decisions: outbox });
            await closeStreams();
            await Promise.allSettled([pusher.pushRequest(app, outbox), restart()]);
          } else {
            await restart();
          }
          break;
        }
        case 'move': {
          const partners = app.storeOf('partners');
          const partner = await partners.get(partnerIds[action.partner] ?? '');
          if (partner) {
            const from = partner.territoryId;
            const territoryId = from === 'territory-a' ? 'territory-b' : 'territory-a';
            await partners.put([{ ...partner, territoryId }]);
            oracle.partnerTerritory.set(partner.id, territoryId);
            // Open streams must carry the move: a removal for who lost it, the partner for who gained it.
            for (const target of clients) {
              const territories = target.stream?.territories ?? [];
              if (territories.includes(territoryId)) target.expectOnStream(partner.id, false);
              else if (territories.includes(from)) target.expectOnStream(partner.id, true);
            }
          }
          break;
        }
        case 'reassign': {
          const person = people[action.person];
          const territoryIds = territoryChoices[action.territories] ?? [];
          if (!person) break;
          await app.storeOf('users').put([aUser(person, { territoryIds })]);
          oracle.setUserTerritories(person.userId, territoryIds);
          for (const target of clients) {
            if (target.user.userId === person.userId) await target.expectStreamEnd();
          }
          break;
        }
      }
    }

    // Everything settles: the network heals, delayed messages arrive, every client catches up.
    for (const send of delayed.splice(0)) await send();
    for (const target of clients) target.online = true;
    for (let round = 0; round < 3; round += 1) {
      for (const target of clients) await sync(target, undefined);
    }
    await closeStreams();
    try {
      await check(app, oracle, clients, pushes);
    } finally {
      await stopStore(app);
    }
  }

  async function check(
    app: App,
    oracle: VisibilityOracle,
    clients: ModelClient[],
    pushes: Array<{ client: ModelClient; decisions: Decision[] }>,
  ) {
    const decisions = (await database.query<{ doc: Decision }>('SELECT doc FROM decisions')).map(
      (row) => row.doc,
    );
    const requests = (await database.query<{ doc: Request }>('SELECT doc FROM requests')).map(
      (row) => row.doc,
    );

    // Every decision a client created reached the store, and has exactly one outcome.
    const stored = new Map(decisions.map((decision) => [decision.id, decision]));
    for (const target of clients) {
      expect(target.outbox(), `${target.name} still has unsent decisions`).toEqual([]);
      for (const created of target.created) {
        expect(stored.get(created.id)?.outcome, `${created.id} has an outcome`).not.toBeNull();
      }
    }

    // At most one decision took effect per request step, and it is the one the step names.
    const applied = decisions.filter((decision) => decision.outcome?.status === 'applied');
    const perStep = new Map<string, number>();
    for (const decision of applied) {
      const key = `${decision.requestId}#${decision.stepIndex}`;
      perStep.set(key, (perStep.get(key) ?? 0) + 1);
    }
    for (const [key, count] of perStep) expect(count, key).toBe(1);
    for (const request of requests) {
      for (const requestStep of request.steps) {
        if (requestStep.decisionId === null) continue;
        expect(stored.get(requestStep.decisionId)?.outcome?.status).toBe('applied');
      }
    }

    // No unauthorised decision took effect.
    for (const decision of applied) {
      const decider = people.find((person) => person.userId === decision.decidedBy);
      const request = requests.find((candidate) => candidate.id === decision.requestId);
      const covered = oracle.everCovered.get(decision.decidedBy);
      expect(decider && request && covered?.has(request.territoryId)).toBe(true);
      expect(request?.steps[decision.stepIndex]?.role).toBe(decider?.role);
    }
    for (const decision of decisions) {
      const creator = clients.find((target) =>
        target.created.some((created) => created.id === decision.id),
      );
      expect(decision.decidedBy).toBe(creator?.user.userId);
    }

    // Streams carried only what their users may see, and every move they had to carry.
    for (const target of clients) expect(target.streamFaults, target.name).toEqual([]);

    // Every client holds exactly what the oracle says its user may see, as the store has it now.
    const partners = await database.query<{ id: string; territory_id: string }>(
      'SELECT id, territory_id FROM partners',
    );
    for (const row of partners)
      expect(row.territory_id, row.id).toBe(oracle.partnerTerritory.get(row.id));
    for (const collection of collections) {
      const current = (
        await database.query<{ doc: Record<string, unknown> & { id: string } }>(
          `SELECT doc FROM ${collection} WHERE NOT deleted`,
        )
      ).map((row) => row.doc);
      for (const target of clients) {
        const visible = current.filter((doc) => oracle.admits(collection, doc, target.user.userId));
        const held = [...(target.local.get(collection)?.values() ?? [])];
        // Known gap (docs/testing.md): a colleague who leaves the user's territories is never
        // removed from their device (no scope exit for users), so only the rest is compared.
        const local =
          collection === 'users'
            ? held.filter((doc) => oracle.admits(collection, doc, target.user.userId))
            : held;
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        expect(local.sort(byId), `${target.name} ${collection}`).toEqual(visible.sort(byId));
      }
    }

    // Replaying every push changes nothing.
    const before = JSON.stringify([decisions, requests]);
    for (const push of pushes) await push.client.pushRequest(app, push.decisions);
    const afterDecisions = (
      await database.query<{ doc: Decision }>('SELECT doc FROM decisions')
    ).map((row) => row.doc);
    const afterRequests = (await database.query<{ doc: Request }>('SELECT doc FROM requests')).map(
      (row) => row.doc,
    );
    expect(JSON.stringify([afterDecisions, afterRequests])).toBe(before);
  }

  const property = fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 24 }), run);

  it.each(regressions)(
    'still holds for regression seed $seed',
    async ({ seed, path }) => {
      await fc.assert(property, {
        seed,
        path,
        numRuns: 1,
        endOnFailure: process.env['FAULT_SHRINK'] !== '1',
      });
    },
    MS_PER_RUN * 3,
  );

  it(
    `holds over ${RUNS} random histories of offline work, faults and restarts`,
    async () => {
      // Shrinking replays whole histories (about a second each): on in CI it could run for an hour,
      // so a failure reports its seed and path at once; FAULT_SHRINK=1 shrinks it locally.
      await fc.assert(property, {
        numRuns: RUNS,
        endOnFailure: process.env['FAULT_SHRINK'] !== '1',
      });
    },
    RUNS * MS_PER_RUN + 60_000,
  );
});
