import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import { buildApp, type App } from '../../server/app';
import type { Database } from '../../server/db/database';
import { openDatabase } from '../../server/db/open';
import { replicatedCollections } from '../../shared/schema';
import { testAuth } from '../support/auth';
import {
  aReplicatingClient,
  expectEveryDecisionStoredOnce,
  expectStreamRecovered,
  openAnasStream,
  pushBurst,
  seedBurst,
} from './outage-burst';
import { startPrivateCluster } from './restart-cluster';

let cluster: Awaited<ReturnType<typeof startPrivateCluster>>;
let database: Database;
let app: App;
let baseUrl: string;

beforeAll(async () => {
  cluster = await startPrivateCluster();
  database = await openDatabase({ engine: 'postgres', url: cluster.url });
  app = await buildApp({ database, corsOrigins: [], auth: testAuth });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  await seedBurst(app);
});
afterAll(async () => {
  await app.close();
  await database.close();
  await cluster.remove();
});

it('comes back from a PostgreSQL restart during a burst of pushes with nothing lost', async () => {
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
  await new Promise((resolve) => setTimeout(resolve, 200));
  await cluster.stop();
  const down = await fetch(`${baseUrl}/health`);
  await new Promise((resolve) => setTimeout(resolve, 700));
  await cluster.start();
  const result = await burst;
  console.info(
    `${result.statuses.length} answers across the restart, ` +
      `${result.statuses.filter((status) => status === 503).length} of them 503`,
  );

  // While PostgreSQL was down the store said so, and asked to be tried again.
  expect(down.status).toBe(503);
  expect(down.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(await down.json()).toMatchObject({ code: 'unavailable' });
  expect(result.statuses).toContain(503);

  expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
  await expectEveryDecisionStoredOnce(app, result);
  await expectStreamRecovered(app, stream);
  await client.catchUp();
  await client.expectConverged();
});
