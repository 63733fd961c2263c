import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { buildApp, type App } from '../../server/app';
import type { Database } from '../../server/db/database';
import { replicatedCollections } from '../../shared/schema';
import { testAuth } from './auth';
import { createTestDatabase, type engines, type TestDatabase } from './databases';
import { seedScenario } from './scenario';

/**
 * Registers the hooks most store tests share: one migrated database per file on `engine`, and
 * before each test an empty store with the scenario seeded and a fresh app over it. Read the app
 * and the database through the returned getters inside tests.
 */
export function useScenarioApp(engine: (typeof engines)[number], corsOrigins: string[] = []) {
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
    await database.exec(
      `TRUNCATE scope_exits, ${replicatedCollections.map((collection) => collection.name).join(', ')}`,
    );
    app = await buildApp({ database, corsOrigins, auth: testAuth });
    await seedScenario(app);
  });
  afterEach(async () => {
    await app.close();
  });

  return { app: () => app, database: () => database };
}
