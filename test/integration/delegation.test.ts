import { describe, expect, it } from 'vitest';
import type { Decider } from '../../server/decisions/judge-decision';
import type { Decision, UserAbsence } from '../../shared/schema';
import { PROTOCOL_VERSION_HEADER, SYNC_PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { signedInAs } from '../support/auth';
import { engines } from '../support/databases';
import { useScenarioApp } from '../support/scenario-app';
import { aDecision, aUser, ana, bob } from '../support/scenario';

const protocol = { [PROTOCOL_VERSION_HEADER]: String(SYNC_PROTOCOL_VERSION) };
const DAY = 86_400_000;
const carla: Decider = { userId: 'user-fin-carla', role: 'finance', territoryIds: ['territory-z'] };

/** Ana (CAM of territory-a, assignee of request-a1's first step) away around the real now. */
function anaAway(delegateId: string, fromDays: number, untilDays: number): UserAbsence {
  return {
    from: new Date(Date.now() + fromDays * DAY).toISOString(),
    until: new Date(Date.now() + untilDays * DAY).toISOString(),
    delegateId,
  };
}

describe.each(engines)('a delegate decides for an absent assignee, on %s', (engine) => {
  const store = useScenarioApp(engine);

  async function push(who: Decider, id: string) {
    const response = await store.app().inject({
      method: 'POST',
      url: '/sync/decisions/push',
      headers: { ...protocol, ...(await signedInAs(store.app(), who)) },
      payload: [{ newDocumentState: aDecision({ id, decidedBy: who.userId }) }],
    });
    expect(response.statusCode).toBe(200);
    const [answer] = response.json<Decision[]>();
    return answer;
  }

  async function anaIs(away: UserAbsence | null) {
    await store
      .app()
      .storeOf('users')
      .put([aUser(ana, { away }), aUser(carla)]);
  }

  it('applies the delegate’s decision while the assignee is away, from outside the territory', async () => {
    await anaIs(anaAway(bob.userId, -1, 1));
    const answer = await push(bob, 'decision-by-delegate');
    expect(answer?.outcome?.status).toBe('applied');
    expect(answer?.territoryId).toBe('territory-a');
    const request = await store.app().storeOf('requests').get('request-a1');
    expect(request?.steps[0]).toMatchObject({
      status: 'approved',
      decidedBy: bob.userId,
      decisionId: 'decision-by-delegate',
    });
    expect(request?.currentStep).toBe(1);
  });

  it('rejects a stranger’s decision, and the delegate’s outside the absence', async () => {
    await anaIs(anaAway(bob.userId, -1, 1));
    const stranger = await push(carla, 'decision-by-stranger');
    expect(stranger?.outcome?.status).toBe('rejected');
    expect(stranger?.outcome?.reason).toMatch(/not in your territories/);

    await anaIs(anaAway(bob.userId, -3, -1));
    const afterwards = await push(bob, 'decision-after-absence');
    expect(afterwards?.outcome?.status).toBe('rejected');

    await anaIs(null);
    const notAway = await push(bob, 'decision-not-away');
    expect(notAway?.outcome?.status).toBe('rejected');
    const request = await store.app().storeOf('requests').get('request-a1');
    expect(request?.steps[0]?.decisionId).toBeNull();
    expect(request?.status).toBe('pending_approval');
  });
});
