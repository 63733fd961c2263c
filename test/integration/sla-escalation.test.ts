import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app';
import type { Database } from '../../server/db/database';
import { decisionService } from '../../server/decisions/decision-service';
import type { Decider } from '../../server/decisions/judge-decision';
import { startJobQueue } from '../../server/jobs/job-queue';
import { escalateBreachedSteps } from '../../server/jobs/sla-escalation';
import { documentStore } from '../../server/sync/document-store';
import { standardWorkflowV1 } from '../../server/workflow/standard-definition';
import { publishWorkflowDefinition } from '../../server/workflow/workflow-store';
import {
  decisionsCollection,
  replicatedCollections,
  requestsCollection,
  type Decision,
  type Request,
} from '../../shared/schema';
import { testAuth } from '../support/auth';
import { createTestDatabase, engines, type TestDatabase } from '../support/databases';
import { aDecision, aUser, ana, rita, seedScenario } from '../support/scenario';
import { aDeal } from '../support/subjects';

const dora: Decider = { userId: 'user-dir-dora', role: 'director', territoryIds: ['territory-a'] };
/** request-a1's CAM step is due 2026-11-25T12:00Z: an hour later it is breached. */
const breachedAt = new Date('2026-11-25T13:00:00.000Z');
const HOUR = 3_600_000;

describe.each(engines)('SLA escalation on %s', (engine) => {
  let testDatabase: TestDatabase;
  let database: Database;
  let app: App;

  beforeAll(async () => {
    testDatabase = await createTestDatabase(engine);
    database = await testDatabase.open();
  });
  afterAll(async () => {
    await database.close();
    await testDatabase.drop();
  });
  beforeEach(async () => {
    const tables = replicatedCollections.map((collection) => collection.name).join(', ');
    await database.exec(`TRUNCATE scope_exits, workflow_definitions, ${tables}`);
    await publishWorkflowDefinition(database, standardWorkflowV1);
    app = await buildApp({ database, corsOrigins: [], auth: testAuth });
    await seedScenario(app);
    await app.storeOf('deals').put([aDeal()]);
  });
  afterEach(async () => {
    await app.close();
  });

  const stored = async (id: string) => {
    const request = await app.storeOf('requests').get(id);
    if (!request) throw new Error(`${id} is not stored`);
    return request;
  };
  const seqOf = async (id: string) =>
    (await database.query<{ seq: number }>('SELECT seq FROM requests WHERE id = $1', [id]))[0]?.seq;

  it('escalates a breached CAM step to the regional manager, once, with a change number', async () => {
    const seqBefore = await seqOf('request-a1');
    expect(
      await escalateBreachedSteps(database, new Date(breachedAt.getTime() - 2 * HOUR)),
    ).toEqual([]);

    expect(await escalateBreachedSteps(database, breachedAt)).toEqual(['request-a1', 'request-b1']);
    const request = await stored('request-a1');
    const dueAt = new Date(breachedAt.getTime() + 24 * HOUR).toISOString();
    // The manager's own step follows the CAM's: the breached step is skipped and the request
    // goes on to hers, so she decides once.
    expect(request.currentStep).toBe(1);
    expect(request.steps[0]).toMatchObject({ role: 'cam', status: 'skipped', decisionId: null });
    expect(request.steps[1]).toMatchObject({
      role: 'regional_manager',
      assigneeId: rita.userId,
      status: 'pending',
      dueAt,
    });
    expect(request.dueAt).toBe(dueAt);
    expect(request.history.at(-1)).toMatchObject({
      at: breachedAt.toISOString(),
      actorId: null,
      action: 'escalated',
    });
    expect(request.history.at(-1)?.note).toMatch(/ran out at 2026-11-25T12:00:00.000Z/);
    expect(await seqOf('request-a1')).toBeGreaterThan(seqBefore ?? Number.POSITIVE_INFINITY);

    // Idempotent: the same run again changes nothing, not even a change number.
    const seqAfter = await seqOf('request-a1');
    expect(await escalateBreachedSteps(database, breachedAt)).toEqual([]);
    expect(await seqOf('request-a1')).toBe(seqAfter);
    expect(
      (await stored('request-a1')).history.filter((h) => h.action === 'escalated'),
    ).toHaveLength(1);
  });

  it('goes up the authority matrix again when the escalated step is breached, and stops at nobody', async () => {
    await escalateBreachedSteps(database, breachedAt);
    const later = new Date(breachedAt.getTime() + 25 * HOUR);
    // No director covers territory-a yet: nobody to take it, so it stays with the manager.
    expect(await escalateBreachedSteps(database, later)).toEqual([]);
    await app.storeOf('users').put([aUser(dora)]);
    expect(await escalateBreachedSteps(database, later)).toEqual(['request-a1']);
    expect((await stored('request-a1')).steps[1]).toMatchObject({
      role: 'director',
      assigneeId: dora.userId,
    });
  });

  it('lets the new holder decide the escalated step, and no longer the CAM', async () => {
    await escalateBreachedSteps(database, breachedAt);
    const service = decisionService(database, {
      decisions: documentStore<Decision>(database, decisionsCollection),
      requests: documentStore<Request>(database, requestsCollection),
    });
    const at = () => new Date(breachedAt.getTime() + HOUR);
    const [byAna] = await service.submit(
      [{ newDocumentState: aDecision({ id: 'decision-ana' }) }],
      ana,
      at,
    );
    expect(byAna?.outcome?.status).toBe('rejected');
    expect(byAna?.outcome?.reason).toBe(
      'Step 1 of request request-a1 was skipped (its history says why); the request is pending approval at step 2.',
    );
    const [byRita] = await service.submit(
      [
        {
          newDocumentState: aDecision({
            id: 'decision-rita',
            decidedBy: rita.userId,
            stepIndex: 1,
          }),
        },
      ],
      rita,
      at,
    );
    // One approval, hers, is the final one: the request is approved.
    expect(byRita?.outcome?.status).toBe('applied');
    expect(await stored('request-a1')).toMatchObject({ status: 'approved', currentStep: 2 });
  });

  it('runs from the pg-boss queue in this database', { timeout: 60_000 }, async () => {
    const schema = `pgboss_test_${engine}_${Date.now()}`;
    const queue = startJobQueue({
      database,
      connectionString: testDatabase.url,
      schema,
      now: () => breachedAt,
      pollingIntervalSeconds: 0.5,
      log: {
        info: () => undefined,
        error: (error) => {
          console.error(error);
        },
      },
    });
    try {
      expect(await queue.ready).toBe(true);
      expect(await queue.trigger('sla-escalation')).toEqual(expect.any(String));
      const deadline = Date.now() + 30_000;
      while ((await stored('request-a1')).currentStep !== 1) {
        if (Date.now() > deadline) throw new Error('the queued escalation never ran');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const schedules = await queue.boss.getSchedules();
      expect(schedules.map((schedule) => schedule.name).sort()).toEqual([
        'request-expiry',
        'sla-escalation',
        'webhook-dispatch',
      ]);
    } finally {
      await queue.stop();
      await database.exec(`DROP SCHEMA ${schema} CASCADE`);
    }
  });
});
