import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type PgBoss from 'pg-boss';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app';
import type { Database } from '../../server/db/database';
import { decisionService } from '../../server/decisions/decision-service';
import { startJobQueue, type JobQueue } from '../../server/jobs/job-queue';
import { escalateBreachedSteps } from '../../server/jobs/sla-escalation';
import { documentStore } from '../../server/sync/document-store';
import { dispatchRequestEvents, type DeliveryJob } from '../../server/webhooks/dispatch';
import type { WebhookEvent } from '../../server/webhooks/payload';
import {
  EVENT_ID_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyDelivery,
} from '../../server/webhooks/signature';
import { addSubscription, deliveryLog, requestRetry } from '../../server/webhooks/webhook-store';
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
import { aDecision, ana, rita, seedScenario } from '../support/scenario';
import { aDeal } from '../support/subjects';

const JSON_SECRET = 'json-endpoint-secret-0123456789';
const SLACK_SECRET = 'slack-endpoint-secret-0123456789';

type Received = { path: string; headers: IncomingHttpHeaders; body: string };

/** A real HTTP endpoint on this machine: records what it is sent, answers as told per path. */
async function startReceiver() {
  const received: Received[] = [];
  const answers = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body });
      response.statusCode = answers.get(path) ?? 200;
      response.end(response.statusCode === 200 ? 'ok' : 'endpoint down for maintenance');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    answer: (path: string, status: number) => answers.set(path, status),
    at: (path: string) => received.filter((delivery) => delivery.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.each(engines)('webhooks on %s', (engine) => {
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
    await database.exec(
      `TRUNCATE scope_exits, workflow_definitions, webhook_deliveries, webhook_subscriptions,
         request_events, ${tables}`,
    );
    await publishWorkflowDefinition(database, standardWorkflowV1);
    app = await buildApp({ database, corsOrigins: [], auth: testAuth });
    await seedScenario(app);
    await app.storeOf('deals').put([aDeal()]);
  });
  afterEach(async () => {
    await app.close();
  });

  const decide = (decision: Partial<Decision>, decider = ana, at = '2026-11-24T11:00:00.000Z') =>
    decisionService(database, {
      decisions: documentStore<Decision>(database, decisionsCollection),
      requests: documentStore<Request>(database, requestsCollection),
    }).submit([{ newDocumentState: aDecision(decision) }], decider, () => new Date(at));

  const events = () =>
    database.query<{ request_id: string; history_index: number; action: string; status: string }>(
      'SELECT request_id, history_index, action, status FROM request_events ORDER BY seq',
    );

  it('records one event per history entry from every writer, with the status it left', async () => {
    await decide({ id: 'decision-ana', comment: 'Within my limit' });
    const [byRita] = await decide(
      { id: 'decision-rita', stepIndex: 1, decidedBy: rita.userId },
      rita,
      '2026-11-24T12:00:00.000Z',
    );
    expect(byRita?.outcome).toMatchObject({ status: 'applied' });
    await escalateBreachedSteps(database, new Date('2026-11-25T13:00:00.000Z'));
    expect(await events()).toEqual([
      { request_id: 'request-a1', history_index: 0, action: 'approve', status: 'pending_approval' },
      { request_id: 'request-a1', history_index: 1, action: 'approve', status: 'approved' },
      {
        request_id: 'request-b1',
        history_index: 0,
        action: 'escalated',
        status: 'pending_approval',
      },
    ]);
    // A rejected decision changes no request: no event.
    await decide({ id: 'decision-again', requestId: 'request-a1', stepIndex: 0 });
    expect(await events()).toHaveLength(3);
  });

  it('never fails a write: a document without a history or with an odd entry records nothing', async () => {
    await database.query(
      `INSERT INTO requests (id, doc, seq, updated_at) VALUES
         ('request-bare', '{"id": "request-bare"}', nextval('change_seq'), now()),
         ('request-odd', '{"id": "request-odd", "history": [{"note": "no action"}, {"action": "comment", "at": "yesterday"}]}', nextval('change_seq'), now())`,
    );
    await database.query(
      `UPDATE requests SET doc = doc || '{"history": [{"action": "comment", "at": "2026-11-24T12:00:00.000Z", "note": "", "actorId": null}]}'
       WHERE id = 'request-bare'`,
    );
    expect(await events()).toEqual([
      { request_id: 'request-bare', history_index: 0, action: 'comment', status: '' },
    ]);
  });

  it('queues each event once per subscription that receives it, and none made before it', async () => {
    await decide({ id: 'decision-before' });
    const all = await addSubscription(database, {
      url: 'http://127.0.0.1:9/all',
      secret: JSON_SECRET,
      format: 'json',
      eventTypes: [],
      territoryIds: [],
    });
    const inserted: DeliveryJob[] = [];
    const boss = {
      insert: async (jobs: PgBoss.JobInsert[]) => {
        inserted.push(...jobs.map((job) => job.data as DeliveryJob));
      },
    };
    // The event before the subscription is dispatched to nobody.
    expect(await dispatchRequestEvents(database, boss)).toMatchObject({ events: 1, deliveries: 0 });
    await addSubscription(database, {
      url: 'http://127.0.0.1:9/b-only',
      secret: SLACK_SECRET,
      format: 'slack',
      eventTypes: [],
      territoryIds: ['territory-b'],
    });
    await addSubscription(database, {
      url: 'http://127.0.0.1:9/approved',
      secret: SLACK_SECRET,
      format: 'teams',
      eventTypes: ['request.approved'],
      territoryIds: [],
    });
    await decide(
      { id: 'decision-rita', stepIndex: 1, decidedBy: rita.userId },
      rita,
      '2026-11-24T12:00:00.000Z',
    );
    const [first, second] = await Promise.all([
      dispatchRequestEvents(database, boss),
      dispatchRequestEvents(database, boss),
    ]);
    // One of the two overlapping dispatches took the event; request.approved in territory-a
    // goes to "all" and "approved", not to the territory-b subscription.
    expect(first.deliveries + second.deliveries).toBe(2);
    expect(inserted).toHaveLength(2);
    expect(inserted.map((job) => job.subscriptionId)).toContain(all.id);
    expect(await dispatchRequestEvents(database, boss)).toMatchObject({ events: 0, deliveries: 0 });
  });

  it(
    'delivers signed payloads from pg-boss, retries with backoff, and dead-letters what never lands',
    { timeout: 120_000 },
    async () => {
      const receiver = await startReceiver();
      const schema = `pgboss_webhooks_${engine}_${Date.now()}`;
      let queue: JobQueue | undefined;
      try {
        const json = await addSubscription(database, {
          url: receiver.url('/json'),
          secret: JSON_SECRET,
          format: 'json',
          eventTypes: [],
          territoryIds: [],
        });
        const slack = await addSubscription(database, {
          url: receiver.url('/slack'),
          secret: SLACK_SECRET,
          format: 'slack',
          eventTypes: ['request.step_approved'],
          territoryIds: [],
        });
        receiver.answer('/slack', 503);
        queue = startJobQueue({
          database,
          connectionString: testDatabase.url,
          schema,
          // Before any SLA runs out: the sweeps change nothing under the deliveries.
          now: () => new Date('2026-11-24T11:30:00.000Z'),
          pollingIntervalSeconds: 0.5,
          webhooks: { retryLimit: 2, retryDelaySeconds: 1 },
          log: { info: () => undefined, error: () => undefined },
        });
        expect(await queue.ready).toBe(true);

        await decide({ id: 'decision-ana', comment: 'Fine <b>by</b> me & "quoted"' });

        // The JSON endpoint: the event, signed over the exact bytes, within seconds of the commit.
        const [delivery] = await eventually('the JSON delivery', async () => {
          const got = receiver.at('/json');
          return got.length > 0 ? got : undefined;
        });
        if (!delivery) throw new Error('no delivery');
        const headers = {
          signature: delivery.headers[SIGNATURE_HEADER] as string | undefined,
          timestamp: delivery.headers[TIMESTAMP_HEADER] as string | undefined,
        };
        expect(verifyDelivery(JSON_SECRET, headers, delivery.body)).toBe(true);
        expect(verifyDelivery(SLACK_SECRET, headers, delivery.body)).toBe(false);
        expect(verifyDelivery(JSON_SECRET, headers, `${delivery.body} `)).toBe(false);
        const event = JSON.parse(delivery.body) as WebhookEvent;
        expect(event).toMatchObject({
          type: 'request.step_approved',
          request: {
            id: 'request-a1',
            status: 'pending_approval',
            currentStep: 1,
            partnerName: 'Alpha One',
            amount: { amountMinor: 5_000_000, currency: 'USD' },
          },
          actor: { id: ana.userId },
          note: 'Fine <b>by</b> me & "quoted"',
        });
        expect(delivery.headers[EVENT_ID_HEADER]).toBe(event.id);

        // The Slack endpoint answers 503: the first try and two retries, then the dead letter.
        const dead = await eventually('the Slack delivery dead-lettered', async () => {
          const log = await deliveryLog(database, { dead: true });
          return log.length > 0 ? log : undefined;
        });
        expect(dead).toEqual([
          expect.objectContaining({
            subscriptionId: slack.id,
            eventType: 'request.step_approved',
            attempts: 3,
            lastStatus: 503,
            lastError: 'the endpoint answered 503: endpoint down for maintenance',
          }),
        ]);
        expect(receiver.at('/slack')).toHaveLength(3);
        const slackBody = JSON.parse(receiver.at('/slack')[0]?.body ?? '{}') as {
          text: string;
          blocks: unknown[];
        };
        expect(slackBody.text).toBe('Step approved: 8 % discount for Acme');
        expect(JSON.stringify(slackBody.blocks)).toContain('Fine &lt;b&gt;by&lt;/b&gt; me &amp;');
        const [delivered] = await deliveryLog(database, { dead: false });
        expect(await deliveryLog(database)).toContainEqual(
          expect.objectContaining({ subscriptionId: json.id, attempts: 1, lastStatus: 200 }),
        );
        expect(delivered).toBeDefined();

        // IT fixes the endpoint and retries the dead letter: it lands, and leaves the list.
        receiver.answer('/slack', 200);
        expect(await requestRetry(database, 'dead')).toBe(1);
        await queue.webhooks()?.dispatchSoon();
        await eventually('the retried Slack delivery', async () => {
          const [entry] = (await deliveryLog(database)).filter(
            (e) => e.subscriptionId === slack.id,
          );
          return entry?.deliveredAt ? entry : undefined;
        });
        expect(await deliveryLog(database, { dead: true })).toEqual([]);
        expect(receiver.at('/slack')).toHaveLength(4);
        expect(receiver.at('/json')).toHaveLength(1);
      } finally {
        await queue?.stop();
        await receiver.close();
        await database.exec(`DROP SCHEMA ${schema} CASCADE`);
      }
    },
  );
});
