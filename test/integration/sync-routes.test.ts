import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app';
import type { Database } from '../../server/db/database';
import type { Partner } from '../../shared/schema';
import { PROTOCOL_VERSION_HEADER, RESYNC, type PullResponse } from '../../shared/sync/protocol';
import { createTestDatabase, engines, type TestDatabase } from '../support/databases';
import { aPartner, onWire } from '../support/partners';
import { openEventStream } from '../support/sse';

const protocol = { [PROTOCOL_VERSION_HEADER]: '1' };

describe.each(engines)('sync routes on %s', (engine) => {
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
    await database.exec('TRUNCATE partners');
    app = await buildApp({ database, corsOrigins: ['app://cam-desk'] });
  });
  afterEach(async () => {
    await app.close();
  });

  async function pull(query = '') {
    const response = await app.inject({ url: `/sync/partners/pull${query}`, headers: protocol });
    expect(response.statusCode).toBe(200);
    return response.json<PullResponse<Partner>>();
  }

  async function push(body: unknown) {
    return app.inject({
      method: 'POST',
      url: '/sync/partners/push',
      headers: protocol,
      payload: body as object,
    });
  }

  it('reports its health and engine', async () => {
    const response = await app.inject({ url: '/health' });
    expect(response.json()).toMatchObject({ status: 'ok', database: engine, protocolVersion: 1 });
  });

  it('pulls an empty store as no documents and no checkpoint', async () => {
    expect(await pull()).toEqual({ documents: [], checkpoint: null });
  });

  it('pulls in change order, page by page, from a checkpoint', async () => {
    const [store] = app.stores;
    await store?.put([aPartner({ id: 'p-a' }), aPartner({ id: 'p-b' })]);
    await store?.put([aPartner({ id: 'p-c' })]);
    await store?.put([aPartner({ id: 'p-a', name: 'Renamed' })]);

    const first = await pull('?limit=2');
    expect(first.documents.map((doc) => doc.id)).toEqual(['p-b', 'p-c']);
    const rest = await pull(`?limit=2&seq=${first.checkpoint?.seq ?? 0}`);
    expect(rest.documents.map((doc) => [doc.id, doc.name])).toEqual([['p-a', 'Renamed']]);
    const none = await pull(`?seq=${rest.checkpoint?.seq ?? 0}`);
    expect(none).toEqual({ documents: [], checkpoint: rest.checkpoint });
  });

  it('writes a pushed document and stamps its revision time', async () => {
    const response = await push([{ newDocumentState: onWire(aPartner()) }]);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([]);
    const [stored] = (await pull()).documents;
    expect(stored).toMatchObject({
      id: 'partner-test-1',
      name: 'Northwind Systems',
      _deleted: false,
    });
    expect(stored?.updatedAt).not.toBe('2026-01-01T00:00:00.000Z');
  });

  it('answers a push from a stale state with the server state and keeps the server state', async () => {
    await push([{ newDocumentState: onWire(aPartner()) }]);
    const [master] = (await pull()).documents;
    if (!master) throw new Error('expected the partner');
    await push([
      { assumedMasterState: master, newDocumentState: { ...master, name: 'First edit' } },
    ]);

    const stale = await push([
      { assumedMasterState: master, newDocumentState: { ...master, name: 'Stale edit' } },
    ]);
    expect(stale.json<Partner[]>().map((doc) => doc.name)).toEqual(['First edit']);
    expect((await pull()).documents.map((doc) => doc.name)).toEqual(['First edit']);
  });

  it('replicates a deletion as a tombstone', async () => {
    await push([{ newDocumentState: onWire(aPartner()) }]);
    const [master] = (await pull()).documents;
    if (!master) throw new Error('expected the partner');
    await push([{ assumedMasterState: master, newDocumentState: { ...master, _deleted: true } }]);
    expect((await pull()).documents.map((doc) => doc._deleted)).toEqual([true]);
  });

  it.each([
    [
      'an unknown tier',
      [{ newDocumentState: { ...onWire(aPartner()), tier: 'diamond' } }],
      '/0/newDocumentState/tier',
    ],
    [
      'a missing field',
      [{ newDocumentState: { ...onWire(aPartner()), name: undefined } }],
      '/0/newDocumentState',
    ],
    [
      'an extra field',
      [{ newDocumentState: { ...onWire(aPartner()), owner: 'me' } }],
      '/0/newDocumentState',
    ],
    [
      'a bad currency',
      [
        {
          newDocumentState: onWire(
            aPartner({ revenueYtd: { amountMinor: 1, currency: 'dollars' } }),
          ),
        },
      ],
      '/0/newDocumentState/revenueYtd/currency',
    ],
    ['an empty batch', [], ''],
    ['not an array', { rows: [] }, ''],
  ])('rejects a push with %s as 400 and stores nothing', async (_case, body, path) => {
    const response = await push(body);
    expect(response.statusCode).toBe(400);
    const error = response.json<{ code: string; message: string; details: { path: string }[] }>();
    expect(error.code).toBe('bad_request');
    expect(error.message).toMatch(/^Invalid request/);
    expect(error.details.map((detail) => detail.path).join(' ')).toContain(`body${path}`);
    expect((await pull()).documents).toEqual([]);
  });

  it('rejects a push that is not JSON', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/sync/partners/push',
      headers: { ...protocol, 'content-type': 'application/json' },
      payload: '[{"newDocumentState":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'bad_request' });
  });

  it('rejects an oversized push with 413', async () => {
    const rows = Array.from({ length: 400 }, (_, index) => ({
      newDocumentState: onWire(aPartner({ id: `p-${index}`, city: 'x'.repeat(120) })),
      padding: 'y'.repeat(12_000),
    }));
    const response = await push(rows);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=5000', 'limit'],
    ['?seq=-1', 'seq'],
    ['?seq=abc', 'seq'],
    ['?color=red', 'querystring'],
  ])('rejects pull%s as 400', async (query, mentions) => {
    const response = await app.inject({ url: `/sync/partners/pull${query}`, headers: protocol });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toContain(mentions);
  });

  it.each([
    ['no protocol version', {}],
    ['an old protocol version', { [PROTOCOL_VERSION_HEADER]: '0' }],
  ])('answers a client with %s 426 update_required', async (_case, headers) => {
    const response = await app.inject({ url: '/sync/partners/pull', headers });
    expect(response.statusCode).toBe(426);
    expect(response.json()).toMatchObject({ code: 'update_required' });
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await app.inject({ url: '/sync/secrets/pull', headers: protocol });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found' });
  });

  it('publishes an OpenAPI document with the sync routes', async () => {
    const document = (await app.inject({ url: '/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/health',
        '/sync/partners/pull',
        '/sync/partners/push',
        '/sync/stream',
      ]),
    );
  });

  it('streams RESYNC on connect, then each committed change', async () => {
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEventStream(`${url}/sync/stream?protocol=1`);
    try {
      await stream.waitFor(1);
      expect(stream.messages[0]).toEqual({ event: 'message', data: RESYNC });
      await app.stores[0]?.put([aPartner({ id: 'p-live' })]);
      const [, batch] = await stream.waitFor(2);
      expect(batch).toMatchObject({
        event: 'partners',
        data: { documents: [{ id: 'p-live', _deleted: false }] },
      });
    } finally {
      stream.close();
    }
  });
});
