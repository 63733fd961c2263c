import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app';
import { mintDevAccessToken } from '../../server/auth/mint';
import type { Database } from '../../server/db/database';
import type { ApiError } from '../../shared/api/errors';
import { replicatedCollections } from '../../shared/schema';
import { PROTOCOL_VERSION_HEADER } from '../../shared/sync/protocol';
import { testAuth, tokenFor } from '../support/auth';
import { createTestDatabase, engines, type TestDatabase } from '../support/databases';
import { ana, aUser, seedScenario } from '../support/scenario';

/**
 * A client wipes the laptop on `session_revoked` and only signs in again on `unauthorized`, so
 * the two must never be confused: on ordinary requests and on the stream alike.
 */
describe.each(engines)('revoked sessions on %s', (engine) => {
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
    app = await buildApp({ database, corsOrigins: [], auth: testAuth });
    await seedScenario(app);
  });
  afterEach(async () => {
    await app.close();
  });

  async function codesFor(token: string): Promise<[number, string][]> {
    const answers = await Promise.all([
      app.inject({
        url: '/sync/partners/pull',
        headers: { [PROTOCOL_VERSION_HEADER]: '1', authorization: `Bearer ${token}` },
      }),
      app.inject({
        method: 'POST',
        url: '/sync/decisions/push',
        headers: { [PROTOCOL_VERSION_HEADER]: '1', authorization: `Bearer ${token}` },
        payload: [],
      }),
      app.inject({ url: `/sync/stream?protocol=1&access_token=${token}` }),
    ]);
    return answers.map((answer) => [answer.statusCode, answer.json<ApiError>().code]);
  }

  const everywhere = (code: string) => [
    [401, code],
    [401, code],
    [401, code],
  ];

  it.each([
    ['deactivated', () => app.storeOf('users').put([aUser(ana, { active: false })])],
    ['deleted', () => app.storeOf('users').remove([ana.userId])],
  ])('answers a %s user session_revoked', async (_case, revoke) => {
    const token = await tokenFor(app, ana);
    await revoke();
    expect(await codesFor(token)).toEqual(everywhere('session_revoked'));
  });

  it('answers an expired or invalid token unauthorized', async () => {
    const keys = app.signIn.devKeys;
    if (!keys) throw new Error('expected the development issuer');
    const expired = await mintDevAccessToken({
      keys,
      issuer: app.signIn.issuer(),
      userId: ana.userId,
      ttlSeconds: -120,
    });
    expect(await codesFor(expired)).toEqual(everywhere('unauthorized'));
    expect(await codesFor('not.a.token')).toEqual(everywhere('unauthorized'));
  });
});
