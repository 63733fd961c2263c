import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app';
import type { Database } from '../../server/db/database';
import { testAuth } from '../support/auth';
import { createTestDatabase, type TestDatabase } from '../support/databases';

type OpenApi = { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

/** The OpenAPI document lists every status a sync route can answer, so tools can check them. */
describe('the OpenAPI document', () => {
  let testDatabase: TestDatabase;
  let database: Database;
  let app: App;
  let document: OpenApi;

  beforeAll(async () => {
    testDatabase = await createTestDatabase('pglite');
    database = await testDatabase.open();
    app = await buildApp({ database, corsOrigins: [], auth: testAuth });
    document = (await app.inject({ url: '/openapi.json' })).json<OpenApi>();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    await testDatabase.drop();
  });

  const statuses = (path: string, method: string) =>
    Object.keys(document.paths[path]?.[method]?.responses ?? {}).sort();

  it.each([
    ['/sync/partners/pull', 'get', ['200', '400', '401', '409', '426', '503']],
    ['/sync/decisions/push', 'post', ['200', '400', '401', '413', '415', '426', '503']],
    ['/sync/partners/push', 'post', ['401', '403', '426', '503']],
    ['/sync/stream', 'get', ['200', '401', '426', '503']],
  ])('%s %s answers %j', (path, method, expected) => {
    expect(statuses(path, method)).toEqual(expected);
  });

  // The events are text/event-stream; a refusal is JSON (the fuzz test found both misdocumented).
  it.each([
    ['200', ['text/event-stream']],
    ['401', ['application/json']],
    ['426', ['application/json']],
    ['503', ['application/json']],
  ])('/sync/stream answers %s as %j', (status, types) => {
    const responses = document.paths['/sync/stream']?.['get']?.responses ?? {};
    const response = responses[status] as { content?: Record<string, unknown> } | undefined;
    expect(Object.keys(response?.content ?? {})).toEqual(types);
  });
});
