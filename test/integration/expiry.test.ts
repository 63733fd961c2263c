import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app';
import type { Database } from '../../server/db/database';
import { expireRequests } from '../../server/jobs/expiry';
import { standardWorkflowV1 } from '../../server/workflow/standard-definition';
import { publishWorkflowDefinition } from '../../server/workflow/workflow-store';
import { NOT_DUE } from '../../shared/rules/request-status';
import { replicatedCollections, type WorkflowDefinition } from '../../shared/schema';
import { testAuth } from '../support/auth';
import { createTestDatabase, engines, type TestDatabase } from '../support/databases';
import { aRequest, seedScenario } from '../support/scenario';
import { aDeal } from '../support/subjects';

const protectionEnds = '2026-12-01T00:00:00.000Z';
const afterProtection = new Date('2026-12-01T00:00:01.000Z');

/** Version 2: an open deal registration not decided within 30 days expires. */
const expiring: WorkflowDefinition = {
  ...standardWorkflowV1,
  version: 2,
  publishedAt: '2026-11-01T00:00:00.000Z',
  requestTypes: standardWorkflowV1.requestTypes.map((workflow) =>
    workflow.type === 'deal_registration' ? { ...workflow, expiresAfterDays: 30 } : workflow,
  ),
};

describe.each(engines)('automatic expiry on %s', (engine) => {
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
    await publishWorkflowDefinition(database, expiring);
    app = await buildApp({ database, corsOrigins: [], auth: testAuth });
    await seedScenario(app);
  });
  afterEach(async () => {
    await app.close();
  });

  const approvedRegistration = aRequest({
    id: 'request-reg',
    type: 'deal_registration',
    subjectId: 'deal-approved',
    status: 'approved',
    currentStep: 2,
    dueAt: NOT_DUE,
    steps: aRequest().steps.map((step) => ({ ...step, status: 'approved' as const })),
  });

  it('expires an approved registration and its deal once the protection period ended, once', async () => {
    await app.storeOf('deals').put([
      aDeal({
        id: 'deal-approved',
        registrationStatus: 'approved',
        protectionExpiresAt: protectionEnds,
      }),
      aDeal({
        id: 'deal-protected',
        registrationStatus: 'approved',
        protectionExpiresAt: '2026-12-02T00:00:00.000Z',
      }),
    ]);
    await app.storeOf('requests').put([approvedRegistration]);
    expect(await expireRequests(database, new Date('2026-11-30T23:59:59.000Z'))).toEqual({
      requests: [],
      deals: [],
    });

    expect(await expireRequests(database, afterProtection)).toEqual({
      requests: ['request-reg'],
      deals: ['deal-approved'],
    });
    const deal = await app.storeOf('deals').get('deal-approved');
    expect(deal?.registrationStatus).toBe('expired');
    expect((await app.storeOf('deals').get('deal-protected'))?.registrationStatus).toBe('approved');
    const request = await app.storeOf('requests').get('request-reg');
    expect(request?.status).toBe('expired');
    expect(request?.history.at(-1)).toMatchObject({
      action: 'expired',
      actorId: null,
      at: afterProtection.toISOString(),
      note: `The protection period ended at ${protectionEnds}.`,
    });

    expect(await expireRequests(database, afterProtection)).toEqual({ requests: [], deals: [] });
  });

  it('leaves a won or lost deal’s registration approved after its protection period', async () => {
    await app.storeOf('deals').put([
      aDeal({
        id: 'deal-won',
        stage: 'closed_won',
        registrationStatus: 'approved',
        protectionExpiresAt: protectionEnds,
      }),
      aDeal({
        id: 'deal-lost',
        stage: 'closed_lost',
        registrationStatus: 'approved',
        protectionExpiresAt: protectionEnds,
      }),
    ]);
    await app.storeOf('requests').put([
      { ...approvedRegistration, id: 'request-won', subjectId: 'deal-won' },
      { ...approvedRegistration, id: 'request-lost', subjectId: 'deal-lost' },
    ]);
    expect(await expireRequests(database, afterProtection)).toEqual({ requests: [], deals: [] });
    expect((await app.storeOf('deals').get('deal-won'))?.registrationStatus).toBe('approved');
    expect((await app.storeOf('requests').get('request-lost'))?.status).toBe('approved');
  });

  it('expires an open request past its definition’s expiry, not one whose version sets none', async () => {
    const submittedAt = '2026-10-01T09:00:00.000Z';
    const open = (id: string, version: number) =>
      aRequest({
        id,
        type: 'deal_registration',
        subjectId: `deal-${id}`,
        submittedAt,
        workflow: { definitionId: expiring.id, version },
      });
    await app
      .storeOf('deals')
      .put([aDeal({ id: 'deal-under-v2' }), aDeal({ id: 'deal-under-v1' })]);
    await app.storeOf('requests').put([open('under-v2', 2), open('under-v1', 1)]);
    // 30 days after 2026-10-01T09:00Z.
    expect(await expireRequests(database, new Date('2026-10-31T08:59:59.000Z'))).toEqual({
      requests: [],
      deals: [],
    });
    const at = new Date('2026-10-31T09:00:00.000Z');
    expect(await expireRequests(database, at)).toEqual({
      requests: ['under-v2'],
      deals: ['deal-under-v2'],
    });
    const request = await app.storeOf('requests').get('under-v2');
    expect(request).toMatchObject({ status: 'expired', currentStep: 2, dueAt: NOT_DUE });
    expect(request?.steps.map((step) => step.status)).toEqual(['skipped', 'skipped']);
    expect(request?.history.at(-1)?.action).toBe('expired');
    expect((await app.storeOf('deals').get('deal-under-v2'))?.registrationStatus).toBe('expired');
    expect((await app.storeOf('requests').get('under-v1'))?.status).toBe('pending_approval');
    expect(await expireRequests(database, at)).toEqual({ requests: [], deals: [] });
  });
});
