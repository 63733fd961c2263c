import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import { buildApp, type App } from '../../server/app';
import type { Database } from '../../server/db/database';
import { openDatabase } from '../../server/db/open';
import { replicatedCollections } from '../../shared/schema';
import { testAuth } from '../support/auth';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../support/databases';
import {
  aReplicatingClient,
  expectEveryDecisionStoredOnce,
  expectStreamRecovered,
  openAnasStream,
  pushBurst,
  seedBurst,
} from './outage-burst';

// The store's sessions carry a name of their own, so the test kills only them, never anyone
// else's on the shared PostgreSQL.
const applicationName = `prm-outage-${randomUUID()}`;
let testDatabase: TestDatabase;
let database: Database;
let app: App;
let baseUrl: string;

beforeAll(async () => {
  testDatabase = await createTestDatabase('postgres');
  const url = new URL(testDatabase.url ?? '');
  url.searchParams.set('application_name', applicationName);
  database = await openDatabase({ engine: 'postgres', url: url.toString() });
  app = await buildApp({ database, corsOrigins: [], auth: testAuth });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  await seedBurst(app);
});
afterAll(async () => {
  await app.close();
  await database.close();
  await testDatabase.drop();
});

async function killStoreConnections(): Promise<number> {
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  try {
    const killed = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = $1 AND pid <> pg_backend_pid()`,
      [applicationName],
    );
    return killed.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

it('keeps serving when its backend connections are killed during a burst of pushes', async () => {
  const stream = await openAnasStream(app, baseUrl);
  // An open stream would keep the store from closing if an assertion fails.
  onTestFinished(() => {
    stream.close();
  });
  const client = aReplicatingClient(
    app,
    baseUrl,
    replicatedCollections.map((collection) => collection.name),
  );
  await client.catchUp();

  const burst = pushBurst(app, baseUrl);
  const killed: number[] = [];
  for (const at of [150, 250, 250]) {
    await new Promise((resolve) => setTimeout(resolve, at));
    killed.push(await killStoreConnections());
  }
  const result = await burst;
  console.info(
    `killed ${killed.join('+')} store connections; ${result.statuses.length} answers, ` +
      `${result.statuses.filter((status) => status === 503).length} of them 503`,
  );
  // Every kill found the store's connections, the LISTEN one at least.
  expect(killed.every((count) => count > 0)).toBe(true);

  const health = await fetch(`${baseUrl}/health`);
  expect(health.status).toBe(200);
  await expectEveryDecisionStoredOnce(app, result);
  await expectStreamRecovered(app, stream);
  await client.catchUp();
  await client.expectConverged();
});
