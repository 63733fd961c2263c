import { describe, expect, it } from 'vitest';
import { decisionService } from '../../server/decisions/decision-service';
import { documentStore } from '../../server/sync/document-store';
import {
  decisionsCollection,
  requestsCollection,
  type Decision,
  type Request,
} from '../../shared/schema';
import { PROTOCOL_VERSION_HEADER, type PullResponse } from '../../shared/sync/protocol';
import { signedInAs } from '../support/auth';
import { engines } from '../support/databases';
import { useScenarioApp } from '../support/scenario-app';
import { aDecision, ana, bob } from '../support/scenario';
import type { Decider } from '../../server/decisions/judge-decision';

const protocol = { [PROTOCOL_VERSION_HEADER]: '4' };
const unstorable = [
  ['a NUL character', 'Fits\u0000 the plan'],
  ['a lone surrogate', 'Fits the plan \uD83D'],
] as const;

/** One bad row never fails a whole push: it is named (400) or rejected, never a 500. */
describe.each(engines)('refused decisions on %s', (engine) => {
  const store = useScenarioApp(engine);

  async function push(who: Decider, rows: unknown) {
    return store.app().inject({
      method: 'POST',
      url: '/sync/decisions/push',
      headers: { ...protocol, ...(await signedInAs(store.app(), who)) },
      payload: rows as object,
    });
  }

  async function decisionsSeenBy(who: Decider) {
    const response = await store.app().inject({
      url: '/sync/decisions/pull',
      headers: { ...protocol, ...(await signedInAs(store.app(), who)) },
    });
    return response.json<PullResponse<Decision>>().documents;
  }

  it.each(unstorable)(
    'answers [good, %s, good] with 400 naming row 1 and stores nothing',
    async (_case, comment) => {
      const response = await push(ana, [
        { newDocumentState: aDecision({ id: 'decision-good-1' }) },
        { newDocumentState: aDecision({ id: 'decision-bad', comment }) },
        { newDocumentState: aDecision({ id: 'decision-good-2', action: 'reject' }) },
      ]);
      expect(response.statusCode).toBe(400);
      const error = response.json<{ code: string; details: { path: string; message: string }[] }>();
      expect(error.code).toBe('bad_request');
      expect(error.details).toEqual([
        {
          path: '/body/1/newDocumentState/comment',
          message: expect.stringMatching(/NUL.*surrogate/) as string,
        },
      ]);
      expect(await decisionsSeenBy(ana)).toEqual([]);
    },
  );

  it.each(unstorable)(
    'rejects a decision with %s that gets past validation, and judges the rows around it',
    async (_case, comment) => {
      const decisions = decisionService(store.database(), {
        decisions: documentStore<Decision>(store.database(), decisionsCollection),
        requests: documentStore<Request>(store.database(), requestsCollection),
      });
      const answers = await decisions.submit(
        [
          { newDocumentState: aDecision({ id: 'decision-good-1' }) },
          { newDocumentState: aDecision({ id: 'decision-bad', comment, stepIndex: 1 }) },
          {
            newDocumentState: aDecision({
              id: 'decision-good-2',
              requestId: 'request-b1',
              decidedBy: bob.userId,
            }),
          },
        ],
        ana,
      );
      expect(answers.map((answer) => [answer.id, answer.outcome?.status])).toEqual([
        ['decision-good-1', 'applied'],
        ['decision-bad', 'rejected'],
        ['decision-good-2', 'rejected'],
      ]);
      expect(answers[1]?.outcome?.reason).toMatch(/comment holds a character the store cannot/);
      expect(answers[1]?.comment).toContain('\uFFFD');
      const stored = await decisionsSeenBy(ana);
      expect(stored.map((decision) => decision.id).sort()).toEqual([
        'decision-bad',
        'decision-good-1',
        'decision-good-2',
      ]);
      expect(JSON.stringify(stored)).not.toMatch(/\\u0000|\\ud83d/i);
    },
  );

  it('refuses an id another user already used, disclosing nothing of their decision', async () => {
    const anas = await push(ana, [
      { newDocumentState: aDecision({ id: 'decision-shared', comment: 'Ana approves Acme' }) },
    ]);
    expect(anas.json<Decision[]>()[0]?.outcome?.status).toBe('applied');

    const bobs = aDecision({
      id: 'decision-shared',
      requestId: 'request-b1',
      territoryId: 'territory-b',
      decidedBy: bob.userId,
      comment: 'Bob rejects Bravo',
      action: 'reject',
    });
    const response = await push(bob, [{ newDocumentState: bobs }]);
    expect(response.statusCode).toBe(200);
    const [answer] = response.json<Decision[]>();
    expect(answer).toEqual({
      ...bobs,
      outcome: {
        status: 'rejected',
        reason: expect.stringMatching(/decision-shared is already taken.*new id/) as string,
        supersededBy: null,
        recordedAt: expect.any(String) as string,
      },
    });
    const text = response.body;
    for (const secret of ['Ana approves Acme', 'territory-a', ana.userId, 'applied', 'approve']) {
      expect(text).not.toContain(secret);
    }
    // Nothing was stored for Bob, and his request is still waiting.
    expect(await decisionsSeenBy(bob)).toEqual([]);
    const request = await store.app().storeOf('requests').get('request-b1');
    expect(request?.status).toBe('pending_approval');

    // Ana sending hers again is idempotent: she gets her stored decision back.
    const again = await push(ana, [
      { newDocumentState: aDecision({ id: 'decision-shared', comment: 'changed' }) },
    ]);
    expect(again.json()).toEqual(anas.json());
  });
});
