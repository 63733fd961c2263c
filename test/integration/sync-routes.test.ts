import { describe, expect, it } from 'vitest';
import type { Decider } from '../../server/decisions/judge-decision';
import type { Decision, Partner, Request } from '../../shared/schema';
import {
  MAX_PULL_LIMIT,
  PROTOCOL_VERSION_HEADER,
  RESYNC,
  type PullResponse,
} from '../../shared/sync/protocol';
import { mintDevAccessToken } from '../../server/auth/mint';
import { signedInAs, tokenFor } from '../support/auth';
import { engines } from '../support/databases';
import { aDecision, ana, aUser, bob, rita } from '../support/scenario';
import { useScenarioApp } from '../support/scenario-app';
import { openEventStream } from '../support/sse';

const protocol = { [PROTOCOL_VERSION_HEADER]: '4' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms, 'timed out'));

describe.each(engines)('sync routes on %s', (engine) => {
  const store = useScenarioApp(engine, ['app://cam-desk']);

  async function pull<Doc>(who: Decider, collection: string, query = '') {
    const response = await store.app().inject({
      url: `/sync/${collection}/pull${query}`,
      headers: { ...protocol, ...(await signedInAs(store.app(), who)) },
    });
    expect(response.statusCode).toBe(200);
    return response.json<PullResponse<Doc>>();
  }

  async function pushDecisions(who: Decider, rows: unknown) {
    return store.app().inject({
      method: 'POST',
      url: '/sync/decisions/push',
      headers: { ...protocol, ...(await signedInAs(store.app(), who)) },
      payload: rows as object,
    });
  }

  it('reports its health and engine', async () => {
    const response = await store.app().inject({ url: '/health' });
    expect(response.json()).toMatchObject({ status: 'ok', database: engine, protocolVersion: 4 });
  });

  it('pulls only what the caller may see, page by page, filtered before limited', async () => {
    const first = await pull<Partner>(ana, 'partners', '?limit=1');
    expect(first.documents.map((doc) => doc.id)).toEqual(['partner-a1']);
    const rest = await pull<Partner>(ana, 'partners', `?limit=1&seq=${first.checkpoint?.seq ?? 0}`);
    expect(rest.documents.map((doc) => doc.id)).toEqual(['partner-a2']);
    const done = await pull<Partner>(ana, 'partners', `?seq=${rest.checkpoint?.seq ?? 0}`);
    expect(done.documents).toEqual([]);

    expect((await pull<Partner>(bob, 'partners')).documents.map((doc) => doc.id)).toEqual([
      'partner-b1',
    ]);
    expect((await pull<Partner>(rita, 'partners')).documents).toHaveLength(3);
    expect((await pull<Request>(bob, 'requests')).documents.map((doc) => doc.id)).toEqual([
      'request-b1',
    ]);
  });

  it('sends a removal when a partner moves out of the caller’s territory', async () => {
    const before = await pull<Partner>(ana, 'partners');
    const ritaBefore = await pull<Partner>(rita, 'partners');
    const moved = before.documents.find((doc) => doc.id === 'partner-a2');
    if (!moved) throw new Error('expected partner-a2');
    const { _deleted, ...partner } = moved;
    await store
      .app()
      .storeOf('partners')
      .put([{ ...partner, territoryId: 'territory-b', name: 'Alpha Two (now B)' }]);

    const after = await pull<Partner>(ana, 'partners', `?seq=${before.checkpoint?.seq ?? 0}`);
    expect(after.documents).toEqual([
      expect.objectContaining({ id: 'partner-a2', name: 'Alpha Two', _deleted: true }),
    ]);
    const forBob = await pull<Partner>(bob, 'partners');
    expect(forBob.documents.map((doc) => doc.name)).toContain('Alpha Two (now B)');
    const forRita = await pull<Partner>(
      rita,
      'partners',
      `?seq=${ritaBefore.checkpoint?.seq ?? 0}`,
    );
    expect(forRita.documents).toEqual([
      expect.objectContaining({ id: 'partner-a2', _deleted: false }),
    ]);
  });

  it('answers a checkpoint made before the caller’s scope changed with 409 scope_changed', async () => {
    const { checkpoint } = await pull<Partner>(ana, 'partners');
    await store
      .app()
      .storeOf('users')
      .put([aUser(ana, { territoryIds: ['territory-b'] })]);
    const response = await store.app().inject({
      url: `/sync/partners/pull?seq=${checkpoint?.seq ?? 0}&scope=${checkpoint?.scope ?? ''}`,
      headers: { ...protocol, ...(await signedInAs(store.app(), ana)) },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'scope_changed' });
    const fresh = await pull<Partner>(ana, 'partners');
    expect(fresh.documents.map((doc) => doc.id)).toEqual(['partner-b1']);
  });

  it('refuses a deactivated user at the next request', async () => {
    await pull<Partner>(ana, 'partners');
    await store
      .app()
      .storeOf('users')
      .put([aUser(ana, { active: false })]);
    const response = await store.app().inject({
      url: '/sync/partners/pull',
      headers: { ...protocol, ...(await signedInAs(store.app(), ana)) },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json<{ message: string }>().message).toMatch(/revoked/);
  });

  it('applies a decision, records its outcome and routes the request on', async () => {
    const response = await pushDecisions(ana, [{ newDocumentState: aDecision() }]);
    expect(response.statusCode).toBe(200);
    const [answer] = response.json<Decision[]>();
    expect(answer).toMatchObject({ id: 'decision-1', outcome: { status: 'applied' } });
    const [request] = (await pull<Request>(ana, 'requests')).documents;
    expect(request).toMatchObject({ currentStep: 1, status: 'pending_approval' });
    expect(request?.steps[0]).toMatchObject({ status: 'approved', decisionId: 'decision-1' });
    const decisions = (await pull<Decision>(ana, 'decisions')).documents;
    expect(decisions.map((decision) => decision.outcome?.status)).toEqual(['applied']);
  });

  it('supersedes a second decision for the same step, naming the first', async () => {
    await pushDecisions(ana, [{ newDocumentState: aDecision({ id: 'decision-first' }) }]);
    const late = await pushDecisions(ana, [
      {
        newDocumentState: aDecision({ id: 'decision-late', action: 'reject', comment: 'Too late' }),
      },
    ]);
    expect(late.json<Decision[]>()[0]?.outcome).toMatchObject({
      status: 'superseded',
      supersededBy: 'decision-first',
    });
    const [request] = (await pull<Request>(ana, 'requests')).documents;
    expect(request?.status).toBe('pending_approval');
  });

  it('judges the decisions of one push in order, each seeing what the ones before it did', async () => {
    const response = await pushDecisions(ana, [
      { newDocumentState: aDecision({ id: 'decision-first' }) },
      {
        newDocumentState: aDecision({
          id: 'decision-second',
          action: 'reject',
          comment: 'Second thoughts',
        }),
      },
      // The same decision twice in one push (a retried outbox): one decision, one outcome.
      { newDocumentState: aDecision({ id: 'decision-first', comment: 'sent twice' }) },
    ]);
    const answers = response.json<Decision[]>();
    expect(answers.map((answer) => [answer.id, answer.outcome?.status])).toEqual([
      ['decision-first', 'applied'],
      ['decision-second', 'superseded'],
      ['decision-first', 'applied'],
    ]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[1]?.outcome?.supersededBy).toBe('decision-first');
    const [request] = (await pull<Request>(ana, 'requests')).documents;
    expect(request?.steps[0]).toMatchObject({ status: 'approved', decisionId: 'decision-first' });
    const decisions = (await pull<Decision>(ana, 'decisions')).documents;
    expect(decisions.map((decision) => decision.id)).toEqual(['decision-first', 'decision-second']);
  });

  it('keeps the first outcome when a decision is pushed again, changed or not', async () => {
    const first = await pushDecisions(ana, [{ newDocumentState: aDecision() }]);
    const replay = await pushDecisions(ana, [
      { newDocumentState: aDecision({ action: 'reject', comment: 'changed my mind' }) },
    ]);
    expect(replay.json()).toEqual(first.json());
    const decisions = (await pull<Decision>(ana, 'decisions')).documents;
    expect(decisions).toHaveLength(1);
  });

  it('stores unauthorised decisions as rejected without blocking the ones behind them', async () => {
    const response = await pushDecisions(bob, [
      { newDocumentState: aDecision({ id: 'decision-intruder', decidedBy: bob.userId }) },
      {
        newDocumentState: aDecision({
          id: 'decision-forged',
          requestId: 'request-b1',
          decidedBy: ana.userId,
        }),
      },
      {
        newDocumentState: aDecision({
          id: 'decision-own',
          requestId: 'request-b1',
          decidedBy: bob.userId,
        }),
      },
    ]);
    const outcomes = response
      .json<Decision[]>()
      .map((decision) => [decision.id, decision.outcome?.status, decision.territoryId]);
    expect(outcomes).toEqual([
      ['decision-intruder', 'rejected', 'unscoped'],
      ['decision-forged', 'rejected', 'territory-b'],
      ['decision-own', 'applied', 'territory-b'],
    ]);
    const anaSees = (await pull<Decision>(ana, 'decisions')).documents;
    expect(anaSees).toEqual([]);
    const [requestA] = (await pull<Request>(ana, 'requests')).documents;
    expect(requestA?.currentStep).toBe(0);
  });

  it.each([
    [
      'an unknown action',
      [{ newDocumentState: { ...aDecision(), action: 'escalate' } }],
      '/0/newDocumentState/action',
    ],
    [
      'a missing field',
      [{ newDocumentState: { ...aDecision(), requestId: undefined } }],
      '/0/newDocumentState',
    ],
    [
      'an extra field',
      [{ newDocumentState: { ...aDecision(), priority: 'high' } }],
      '/0/newDocumentState',
    ],
    ['an empty batch', [], ''],
    ['not an array', { rows: [] }, ''],
  ])('rejects a push with %s as 400 and stores nothing', async (_case, body, path) => {
    const response = await pushDecisions(ana, body);
    expect(response.statusCode).toBe(400);
    const error = response.json<{ code: string; message: string; details: { path: string }[] }>();
    expect(error.code).toBe('bad_request');
    expect(error.details.map((detail) => detail.path).join(' ')).toContain(`body${path}`);
    expect((await pull(ana, 'decisions')).documents).toEqual([]);
  });

  // Whatever the body (the fuzz test found parser errors here: 400 and 415, undocumented).
  it.each([
    ['JSON', 'application/json', '[]'],
    ['broken JSON', 'application/json', '{"unterminated":'],
    ['an empty JSON body', 'application/json', ''],
    ['another content type', 'application/xml', '<a/>'],
    ['an oversized body', 'application/json', `["${'x'.repeat(5 * 1024 * 1024)}"]`],
  ])('refuses client writes to read-only collections, sent as %s', async (_, type, payload) => {
    const response = await store.app().inject({
      method: 'POST',
      url: '/sync/partners/push',
      headers: { ...protocol, ...(await signedInAs(store.app(), ana)), 'content-type': type },
      payload,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'read_only' });
  });

  it('rejects a push that is not JSON, and an oversized one', async () => {
    const broken = await store.app().inject({
      method: 'POST',
      url: '/sync/decisions/push',
      headers: {
        ...protocol,
        ...(await signedInAs(store.app(), ana)),
        'content-type': 'application/json',
      },
      payload: '[{"newDocumentState":',
    });
    expect(broken.statusCode).toBe(400);
    const huge = await pushDecisions(
      ana,
      Array.from({ length: 400 }, (_, index) => ({
        newDocumentState: aDecision({ id: `d-${index}`, comment: 'x'.repeat(4000) }),
        padding: 'y'.repeat(8_000),
      })),
    );
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it.each([
    ['?limit=0', 'limit'],
    [`?limit=${String(MAX_PULL_LIMIT + 1)}`, 'limit'],
    ['?limit=ten', 'limit'],
    ['?seq=-1', 'seq'],
    ['?seq=abc', 'seq'],
    ['?color=red', 'querystring'],
  ])('rejects pull%s as 400', async (query, mentions) => {
    const response = await store.app().inject({
      url: `/sync/partners/pull${query}`,
      headers: { ...protocol, ...(await signedInAs(store.app(), ana)) },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toContain(mentions);
  });

  it('answers a caller without credentials 401', async () => {
    const response = await store.app().inject({ url: '/sync/partners/pull', headers: protocol });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'unauthorized' });
  });

  it.each([
    ['no protocol version', {}],
    ['an old protocol version', { [PROTOCOL_VERSION_HEADER]: '0' }],
    ['the protocol before requests v3', { [PROTOCOL_VERSION_HEADER]: '1' }],
    ['the protocol before SPIFF payees (requests v4)', { [PROTOCOL_VERSION_HEADER]: '3' }],
  ])('answers a client with %s 426 update_required', async (_case, headers) => {
    const response = await store.app().inject({
      url: '/sync/partners/pull',
      headers: { ...headers, ...(await signedInAs(store.app(), ana)) },
    });
    expect(response.statusCode).toBe(426);
    expect(response.json()).toMatchObject({ code: 'update_required' });
  });

  it('refuses a push and the stream of a version-3 client with 426, storing nothing', async () => {
    const headers = { [PROTOCOL_VERSION_HEADER]: '3', ...(await signedInAs(store.app(), ana)) };
    const push = await store.app().inject({
      method: 'POST',
      url: '/sync/decisions/push',
      headers,
      payload: [{ newDocumentState: aDecision({ id: 'decision-from-v3' }) }],
    });
    expect(push.statusCode).toBe(426);
    expect(push.json()).toMatchObject({ code: 'update_required' });
    expect(await store.app().storeOf('decisions').get('decision-from-v3')).toBeUndefined();
    const token = await tokenFor(store.app(), ana);
    const stream = await store
      .app()
      .inject({ url: `/sync/stream?protocol=3&access_token=${token}` });
    expect(stream.statusCode).toBe(426);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await store.app().inject({
      url: '/sync/secrets/pull',
      headers: { ...protocol, ...(await signedInAs(store.app(), ana)) },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found' });
  });

  it('publishes an OpenAPI document with the sync routes', async () => {
    const document = (await store.app().inject({ url: '/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/health',
        '/sync/partners/pull',
        '/sync/decisions/push',
        '/sync/stream',
      ]),
    );
  });

  it('ends a stream when the token that opened it expires', async () => {
    const keys = store.app().signIn.devKeys;
    if (!keys) throw new Error('expected the development issuer');
    const token = await mintDevAccessToken({
      keys,
      issuer: store.app().signIn.issuer(),
      userId: bob.userId,
      ttlSeconds: 1,
    });
    const url = await store.app().listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEventStream(`${url}/sync/stream?protocol=4&access_token=${token}`);
    await stream.waitFor(1);
    await expect(Promise.race([stream.ended.then(() => 'ended'), sleep(5000)])).resolves.toBe(
      'ended',
    );
  });

  it('streams RESYNC on connect, then only the changes the caller may see', async () => {
    const url = await store.app().listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEventStream(
      `${url}/sync/stream?protocol=4&access_token=${await tokenFor(store.app(), bob)}`,
    );
    try {
      await stream.waitFor(1);
      expect(stream.messages[0]).toEqual({ event: 'message', data: RESYNC });
      const partners = store.app().storeOf('partners');
      const partnerA = await partners.get('partner-a1');
      const partnerB = await partners.get('partner-b1');
      if (!partnerA || !partnerB) throw new Error('expected partners');
      await partners.put([{ ...partnerA, name: 'Alpha renamed' }]);
      await partners.put([{ ...partnerB, name: 'Bravo renamed' }]);
      const [, batch] = await stream.waitFor(2);
      expect(batch).toMatchObject({
        event: 'partners',
        data: { documents: [{ id: 'partner-b1', name: 'Bravo renamed', _deleted: false }] },
      });
      expect(JSON.stringify(stream.messages)).not.toContain('Alpha renamed');
    } finally {
      stream.close();
    }
  });
});
