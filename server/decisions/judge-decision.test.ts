import { describe, expect, it } from 'vitest';
import { aDecision, aRequest, ana, bob, rita } from '../../test/support/scenario';
import { NOT_DUE } from '../../shared/rules/request-status';
import { standardWorkflowV1 } from '../workflow/standard-definition';
import type { UserAbsence } from '../../shared/schema';
import { judgeDecision, mayDecideStep, type Decider, type WorkflowContext } from './judge-decision';

const now = new Date('2026-11-24T12:00:00.000Z');
const authority: WorkflowContext = {
  definitionOf: (request) =>
    request.workflow.definitionId === standardWorkflowV1.id && request.workflow.version === 1
      ? standardWorkflowV1
      : undefined,
  rates: [{ baseCurrency: 'USD', currency: 'EUR', validOn: '2026-01-01', unitsPerBase: 0.92 }],
};
const camOnly = aRequest().steps.slice(0, 1);
const decidedStep0 = aRequest().steps.map((step) =>
  step.index === 0
    ? { ...step, status: 'approved' as const, decisionId: 'decision-0', decidedBy: ana.userId }
    : step,
);

describe('judgeDecision', () => {
  it.each([
    [
      'a forged decider',
      aDecision({ decidedBy: 'user-cam-bob' }),
      aRequest(),
      ana,
      /names user-cam-bob but was sent by user-cam-ana/,
    ],
    [
      'an unknown request',
      aDecision({ requestId: 'nope' }),
      undefined,
      ana,
      /not in your territories/,
    ],
    [
      'a request in another territory',
      aDecision(),
      aRequest({ territoryId: 'territory-b' }),
      ana,
      /not in your territories/,
    ],
    [
      'a rejection without a reason',
      aDecision({ action: 'reject', comment: '  ' }),
      aRequest(),
      ana,
      /A reason the partner can read is required/,
    ],
    [
      'a return for information without a reason',
      aDecision({ action: 'return_for_info', comment: '' }),
      aRequest(),
      ana,
      /A reason the partner can read is required/,
    ],
    ['a step that does not exist', aDecision({ stepIndex: 5 }), aRequest(), ana, /has no step 6/],
    [
      'a step not yet reached',
      aDecision({ stepIndex: 1, decidedBy: rita.userId }),
      aRequest(),
      rita,
      /not waiting for a decision/,
    ],
    [
      'the wrong role, not the assignee',
      aDecision({ decidedBy: rita.userId }),
      aRequest(),
      rita,
      /needs a channel account manager; you are a regional manager/,
    ],
    [
      'a final approval beyond authority',
      aDecision({ stepIndex: 1, decidedBy: rita.userId }),
      aRequest({ discountPercent: 25, currentStep: 1, steps: decidedStep0 }),
      rita,
      /25 % discount exceeds your approval authority of 20 %/,
    ],
    [
      'a CAM finally approving EUR 97,974, beyond the CAM amount limit',
      aDecision(),
      aRequest({ amount: { amountMinor: 9_797_400, currency: 'EUR' }, steps: camOnly }),
      ana,
      /^EUR 97,974 \(USD 106,493.48 at the rate of 2026-01-01\) exceeds your approval authority of USD 50,000\.$/,
    ],
    [
      'a final approval of an amount with no exchange rate on file',
      aDecision(),
      aRequest({ amount: { amountMinor: 100_000, currency: 'GBP' }, steps: camOnly }),
      ana,
      /No GBP to USD exchange rate valid on 2026-11-20 is on file/,
    ],
    [
      'a final approval under a workflow version the store does not hold',
      aDecision(),
      aRequest({ steps: camOnly, workflow: { definitionId: 'workflow-standard', version: 7 } }),
      ana,
      /follows workflow workflow-standard version 7, which this store does not hold/,
    ],
    [
      'a request already withdrawn',
      aDecision(),
      aRequest({ status: 'withdrawn' }),
      ana,
      /request is withdrawn/,
    ],
    [
      // Open, but waiting on the partner: nobody at the vendor decides it until it is resubmitted.
      'a request returned to the partner for information',
      aDecision(),
      aRequest({ status: 'info_requested' }),
      ana,
      /request is info requested/,
    ],
  ])('rejects %s with a reason a person can read', (_case, decision, request, decider, reason) => {
    const judgement = judgeDecision(decision, request, decider, authority, now);
    expect(judgement.outcome.status).toBe('rejected');
    expect(judgement.outcome.reason).toMatch(reason);
    expect(judgement.request).toBeUndefined();
  });

  it('supersedes a decision for a step another decision already took, naming it', () => {
    const judgement = judgeDecision(
      aDecision({ id: 'decision-late' }),
      aRequest({ currentStep: 1, steps: decidedStep0 }),
      ana,
      authority,
      now,
    );
    expect(judgement.outcome).toMatchObject({ status: 'superseded', supersededBy: 'decision-0' });
    expect(judgement.request).toBeUndefined();
  });

  it.each([
    [20, 'applied'],
    [20.5, 'rejected'],
  ])(
    'a final approval of %s percent by a regional manager (authority 20 percent) is %s',
    (discount, status) => {
      const judgement = judgeDecision(
        aDecision({ stepIndex: 1, decidedBy: rita.userId }),
        aRequest({ discountPercent: discount, currentStep: 1, steps: decidedStep0 }),
        rita,
        authority,
        now,
      );
      expect(judgement.outcome.status).toBe(status);
    },
  );

  it.each([
    ['USD 50,000 (the CAM limit)', 'applied', { amountMinor: 5_000_000, currency: 'USD' }],
    ['USD 50,000.01', 'rejected', { amountMinor: 5_000_001, currency: 'USD' }],
    ['EUR 46,000 (USD 50,000)', 'applied', { amountMinor: 4_600_000, currency: 'EUR' }],
    ['EUR 46,000.01', 'rejected', { amountMinor: 4_600_001, currency: 'EUR' }],
  ])('a final approval by a CAM of 8 percent on %s is %s', (_case, status, amount) => {
    const judgement = judgeDecision(
      aDecision(),
      aRequest({ amount, steps: camOnly }),
      ana,
      authority,
      now,
    );
    expect(judgement.outcome.status).toBe(status);
  });

  it('lets another holder of the role in the territory decide a step assigned to a colleague', () => {
    const colleague = { ...ana, userId: 'user-cam-carla' };
    const judgement = judgeDecision(
      aDecision({ decidedBy: colleague.userId }),
      aRequest(),
      colleague,
      authority,
      now,
    );
    expect(judgement.outcome.status).toBe('applied');
    expect(judgement.request?.steps[0]).toMatchObject({ decidedBy: colleague.userId });
  });

  it('lets a CAM forward an amount beyond their authority to the next level', () => {
    const judgement = judgeDecision(
      aDecision(),
      aRequest({ amount: { amountMinor: 9_797_400, currency: 'EUR' } }),
      ana,
      authority,
      now,
    );
    expect(judgement.outcome.status).toBe('applied');
  });

  it('lets a CAM forward a discount beyond their authority to the next level', () => {
    const judgement = judgeDecision(
      aDecision(),
      aRequest({ discountPercent: 25 }),
      ana,
      authority,
      now,
    );
    expect(judgement.outcome.status).toBe('applied');
    expect(judgement.request?.currentStep).toBe(1);
  });

  it('approving a step routes the request to the next one with a fresh SLA', () => {
    const { outcome, request } = judgeDecision(aDecision(), aRequest(), ana, authority, now);
    expect(outcome.status).toBe('applied');
    expect(request).toMatchObject({
      status: 'pending_approval',
      currentStep: 1,
      dueAt: '2026-11-26T12:00:00.000Z',
    });
    expect(request?.steps.map((step) => step.status)).toEqual(['approved', 'pending']);
    expect(request?.steps[0]).toMatchObject({ decisionId: 'decision-1', decidedBy: ana.userId });
    expect(request?.history.at(-1)).toMatchObject({ action: 'approve', actorId: ana.userId });
  });

  it.each([
    ['approve', 'approved', 'approved', 2],
    ['reject', 'rejected', 'rejected', 2],
    ['return_for_info', 'info_requested', 'returned', 1],
  ] as const)(
    '%s on the last step leaves the request %s',
    (action, status, stepStatus, currentStep) => {
      const lastStep = aRequest({ currentStep: 1, steps: decidedStep0 });
      const { request } = judgeDecision(
        aDecision({ action, stepIndex: 1, decidedBy: rita.userId, comment: 'Reason' }),
        lastStep,
        rita,
        authority,
        now,
      );
      expect(request).toMatchObject({ status, currentStep, dueAt: NOT_DUE });
      expect(request?.steps[1]?.status).toBe(stepStatus);
    },
  );

  it('rejecting at the first step ends the request', () => {
    const { request } = judgeDecision(
      aDecision({ action: 'reject', comment: 'Duplicate registration' }),
      aRequest(),
      ana,
      authority,
      now,
    );
    expect(request).toMatchObject({ status: 'rejected', currentStep: 2 });
    expect(request?.steps.map((step) => step.status)).toEqual(['rejected', 'waiting']);
  });
});

describe('mayDecideStep: who may decide a step', () => {
  const carla: Decider = { userId: 'user-cam-carla', role: 'cam', territoryIds: ['territory-a'] };
  const dan: Decider = { userId: 'user-fin-dan', role: 'finance', territoryIds: ['territory-z'] };
  const anasStep = { role: 'cam' as const, assigneeId: ana.userId };
  const inA = { territoryId: 'territory-a' };
  const away = (delegateId: string): UserAbsence => ({
    from: '2026-11-20T00:00:00.000Z',
    until: '2026-11-27T00:00:00.000Z',
    delegateId,
  });
  const anaAway = (delegateId: string) => (userId: string) =>
    userId === ana.userId ? away(delegateId) : null;
  const nobodyAway = () => null;

  it.each([
    ['the assignee', anasStep, inA, ana, nobodyAway, now, 'assignee'],
    ['a colleague in the role and territory', anasStep, inA, carla, nobodyAway, now, 'role_holder'],
    [
      'the role outside the territory',
      anasStep,
      inA,
      bob,
      nobodyAway,
      now,
      /not in your territories/,
    ],
    [
      'the assignee, now in another role',
      anasStep,
      inA,
      { ...rita, userId: ana.userId },
      nobodyAway,
      now,
      'assignee',
    ],
    [
      'another role in the territory',
      anasStep,
      inA,
      rita,
      nobodyAway,
      now,
      /needs a channel account manager/,
    ],
    [
      'the delegate while the assignee is away',
      anasStep,
      inA,
      dan,
      anaAway(dan.userId),
      now,
      'delegate',
    ],
    [
      'the delegate from the first instant',
      anasStep,
      inA,
      dan,
      anaAway(dan.userId),
      new Date('2026-11-20T00:00:00.000Z'),
      'delegate',
    ],
    [
      'the delegate once the absence ended',
      anasStep,
      inA,
      dan,
      anaAway(dan.userId),
      new Date('2026-11-27T00:00:00.000Z'),
      /not in your territories/,
    ],
    [
      'the delegate before the absence',
      anasStep,
      inA,
      dan,
      anaAway(dan.userId),
      new Date('2026-11-19T23:59:59.999Z'),
      /not in your territories/,
    ],
    [
      'someone else while the assignee is away',
      anasStep,
      inA,
      dan,
      anaAway('user-other'),
      now,
      /not in your territories/,
    ],
    [
      'a delegate of a step nobody is assigned',
      { role: 'cam' as const, assigneeId: null },
      inA,
      dan,
      anaAway(dan.userId),
      now,
      /not in your territories/,
    ],
    [
      'the assignee outside the territory',
      anasStep,
      { territoryId: 'territory-b' },
      ana,
      nobodyAway,
      now,
      /not in your territories/,
    ],
  ] as const)('%s', (_case, step, request, decider, absenceOf, at, expected) => {
    const answer = mayDecideStep(step, request, decider, absenceOf, at);
    if (typeof expected === 'string') expect(answer).toEqual({ as: expected });
    else expect(answer.refusal).toMatch(expected);
  });

  it('applies a delegate’s approval and rejects a stranger’s', () => {
    const delegated = { ...authority, absenceOf: anaAway(dan.userId) };
    const byDan = aDecision({ decidedBy: dan.userId });
    expect(judgeDecision(byDan, aRequest(), dan, delegated, now).outcome.status).toBe('applied');
    const stranger = judgeDecision(byDan, aRequest(), dan, authority, now).outcome;
    expect(stranger.status).toBe('rejected');
    expect(stranger.reason).toMatch(/not in your territories/);
  });
});

describe('judgeDecision: authority over what the approval grants', () => {
  /** A version where MDF pre-approvals are held to the amount limits (CAM: USD 50,000). */
  const mdfWithAuthority: WorkflowContext = {
    ...authority,
    definitionOf: () => ({
      ...standardWorkflowV1,
      requestTypes: standardWorkflowV1.requestTypes.map((workflow) =>
        workflow.type === 'mdf_preapproval' ? { ...workflow, checksAuthority: true } : workflow,
      ),
    }),
  };
  const mdf = (amountMinor: number, approvedAmount: number | null = null) =>
    aRequest({
      type: 'mdf_preapproval',
      discountPercent: null,
      amount: { amountMinor, currency: 'USD' },
      approvedAmount:
        approvedAmount === null ? null : { amountMinor: approvedAmount, currency: 'USD' },
      steps: camOnly,
    });
  const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

  it.each([
    ['the whole USD 80,000 asked, beyond the CAM limit', mdf(8_000_000), null, 'rejected'],
    ['USD 40,000 of the 80,000 asked, within it', mdf(8_000_000), usd(4_000_000), 'applied'],
    ['exactly the limit, in part', mdf(8_000_000), usd(5_000_000), 'applied'],
    ['one cent over the limit, in part', mdf(8_000_000), usd(5_000_001), 'rejected'],
    [
      'an earlier step’s cut to USD 45,000, approved whole',
      mdf(8_000_000, 4_500_000),
      null,
      'applied',
    ],
    ['an amount above the ask is judged on the ask', mdf(4_000_000), usd(9_000_000), 'applied'],
  ] as const)('%s', (_case, request, amount, status) => {
    const judgement = judgeDecision(aDecision({ amount }), request, ana, mdfWithAuthority, now);
    expect(judgement.outcome.status).toBe(status);
    if (status === 'rejected') {
      expect(judgement.outcome.reason).toMatch(/exceeds your approval authority of USD 50,000/);
    }
  });
});
