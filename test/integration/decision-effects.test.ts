import { beforeEach, describe, expect, it } from 'vitest';
import { decisionService, type DecisionService } from '../../server/decisions/decision-service';
import type { Decider } from '../../server/decisions/judge-decision';
import { documentStore } from '../../server/sync/document-store';
import {
  decisionsCollection,
  requestsCollection,
  type Deal,
  type Decision,
  type Fund,
  type Partner,
  type Request,
} from '../../shared/schema';
import { PROTOCOL_VERSION_HEADER, type PullResponse } from '../../shared/sync/protocol';
import { signedInAs } from '../support/auth';
import { engines } from '../support/databases';
import { useScenarioApp } from '../support/scenario-app';
import { aDecision, ana, aRequest, bob, rita } from '../support/scenario';
import { aDeal, aFund, anApplicant, aTierProgram } from '../support/subjects';

const protocol = { [PROTOCOL_VERSION_HEADER]: '4' };
const decidedAt = new Date('2026-11-24T12:00:00.000Z');
const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

/** A request of territory-a waiting for Ana alone (one CAM step). */
function forAna(overrides: Partial<Request>): Request {
  const [camStep] = aRequest().steps;
  if (!camStep) throw new Error('The scenario request has a CAM step');
  return aRequest({ discountPercent: null, steps: [camStep], ...overrides });
}

/** A request waiting for Ana, then Rita: the scenario's chain. */
const forAnaThenRita = (overrides: Partial<Request>) => aRequest(overrides);

/** What each test starts from: one subject per request type, each with its request. */
const requests = [
  forAnaThenRita({
    id: 'request-registration',
    type: 'deal_registration',
    subjectId: 'deal-registered',
    discountPercent: null,
    status: 'under_review',
  }),
  forAna({
    id: 'request-conflicting',
    type: 'deal_registration',
    subjectId: 'deal-conflicting',
    status: 'under_review',
  }),
  forAnaThenRita({ id: 'request-price-1', subjectId: 'deal-priced-1', discountPercent: 8 }),
  forAnaThenRita({ id: 'request-price-2', subjectId: 'deal-priced-2', discountPercent: 12 }),
  forAna({
    id: 'request-mdf',
    type: 'mdf_preapproval',
    subjectId: 'fund-a1',
    amount: usd(400_000),
  }),
  forAna({
    id: 'request-mdf-too-much',
    type: 'mdf_preapproval',
    subjectId: 'fund-a1',
    amount: usd(1_500_001),
  }),
  forAna({
    id: 'request-onboarding',
    type: 'partner_onboarding',
    partnerId: 'partner-a3',
    subjectId: 'partner-a3',
    amount: null,
  }),
  forAna({
    id: 'request-onboarding-incomplete',
    type: 'partner_onboarding',
    partnerId: 'partner-a4',
    subjectId: 'partner-a4',
    amount: null,
  }),
];

describe.each(engines)('what a final decision does to its subject, on %s', (engine) => {
  const store = useScenarioApp(engine);
  let service: DecisionService;

  beforeEach(async () => {
    const app = store.app();
    await app.storeOf('programs').put([aTierProgram()]);
    await app.storeOf('partners').put([
      anApplicant(),
      anApplicant({
        id: 'partner-a4',
        name: 'Alpha Four',
        onboarding: anApplicant().onboarding.filter((entry) => entry.item !== 'nda_signed'),
      }),
    ]);
    await app
      .storeOf('deals')
      .put([
        aDeal({ id: 'deal-registered' }),
        aDeal({ id: 'deal-conflicting', conflictsWith: ['deal-b1'] }),
        aDeal({ id: 'deal-priced-1', registrationStatus: 'approved' }),
        aDeal({ id: 'deal-priced-2', registrationStatus: 'approved' }),
        aDeal({ id: 'deal-b1', partnerId: 'partner-b1', territoryId: 'territory-b' }),
      ]);
    await app.storeOf('funds').put([aFund()]);
    await app.storeOf('requests').put(requests);
    service = decisionService(store.database(), {
      decisions: documentStore<Decision>(store.database(), decisionsCollection),
      requests: documentStore<Request>(store.database(), requestsCollection),
    });
  });

  /** Decides step `stepIndex` of a request as `who`, at the test's instant. */
  async function decide(who: Decider, requestId: string, overrides: Partial<Decision> = {}) {
    const [answer] = await service.submit(
      [
        {
          newDocumentState: aDecision({
            id: `decision-${requestId}-${overrides.stepIndex ?? 0}-${overrides.action ?? 'approve'}`,
            requestId,
            decidedBy: who.userId,
            ...overrides,
          }),
        },
      ],
      who,
      () => decidedAt,
    );
    return answer;
  }

  async function pulled<Doc extends { id: string }>(who: Decider, collection: string) {
    const response = await store.app().inject({
      url: `/sync/${collection}/pull`,
      headers: { ...protocol, ...(await signedInAs(store.app(), who)) },
    });
    expect(response.statusCode).toBe(200);
    const documents = response.json<PullResponse<Doc>>().documents;
    return new Map(documents.map((document) => [document.id, document]));
  }

  it('approves a deal registration step by step: pending approval, then protected for 90 days', async () => {
    expect((await decide(ana, 'request-registration'))?.outcome?.status).toBe('applied');
    expect((await pulled<Deal>(ana, 'deals')).get('deal-registered')).toMatchObject({
      registrationStatus: 'pending_approval',
      protectionExpiresAt: null,
    });

    const final = await decide(rita, 'request-registration', { stepIndex: 1 });
    expect(final?.outcome?.status).toBe('applied');
    expect((await pulled<Deal>(ana, 'deals')).get('deal-registered')).toMatchObject({
      registrationStatus: 'approved',
      protectionExpiresAt: '2027-02-22T12:00:00.000Z',
      rejectionReason: null,
    });
    expect((await pulled<Request>(ana, 'requests')).get('request-registration')?.status).toBe(
      'approved',
    );
  });

  it('rejects a conflicting registration with the reason channel_conflict', async () => {
    const answer = await decide(ana, 'request-conflicting', {
      action: 'reject',
      comment: 'Another partner protects this customer',
    });
    expect(answer?.outcome?.status).toBe('applied');
    expect((await pulled<Deal>(ana, 'deals')).get('deal-conflicting')).toMatchObject({
      registrationStatus: 'rejected',
      rejectionReason: 'channel_conflict',
    });
  });

  it('issues each approved special price its own authorisation id, kept on the deal', async () => {
    for (const requestId of ['request-price-1', 'request-price-2']) {
      await decide(ana, requestId);
      expect((await decide(rita, requestId, { stepIndex: 1 }))?.outcome?.status).toBe('applied');
    }
    const deals = await pulled<Deal>(ana, 'deals');
    const granted = ['deal-priced-1', 'deal-priced-2'].map((id) => deals.get(id)?.specialPricing);
    expect(granted).toEqual([
      {
        authorizationId: expect.stringMatching(/^SPA-2026-[0-9A-Z]{6}$/) as string,
        requestId: 'request-price-1',
        discountPercent: 8,
        approvedAt: decidedAt.toISOString(),
      },
      {
        authorizationId: expect.stringMatching(/^SPA-2026-[0-9A-Z]{6}$/) as string,
        requestId: 'request-price-2',
        discountPercent: 12,
        approvedAt: decidedAt.toISOString(),
      },
    ]);
    expect(granted[0]?.authorizationId).not.toBe(granted[1]?.authorizationId);
  });

  it('reserves an approved MDF pre-approval on the fund, visible to the CAM only', async () => {
    expect((await decide(ana, 'request-mdf'))?.outcome?.status).toBe('applied');
    const fund = (await pulled<Fund>(ana, 'funds')).get('fund-a1');
    expect(fund).toMatchObject({ reserved: usd(900_000), balance: usd(1_100_000) });
    expect((await pulled<Fund>(bob, 'funds')).has('fund-a1')).toBe(false);
  });

  it('rejects an MDF approval beyond the balance with the reason, the fund unchanged', async () => {
    const before = (await pulled<Fund>(ana, 'funds')).get('fund-a1');
    const answer = await decide(ana, 'request-mdf-too-much');
    expect(answer?.outcome).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(
        /balance of \$15,000\.00 does not cover the \$15,000\.01 pre-approval/,
      ) as string,
    });
    expect((await pulled<Fund>(ana, 'funds')).get('fund-a1')).toEqual(before);
    expect((await pulled<Request>(ana, 'requests')).get('request-mdf-too-much')).toMatchObject({
      status: 'pending_approval',
      currentStep: 0,
    });
  });

  it('makes a complete applicant active in its tier', async () => {
    expect((await decide(ana, 'request-onboarding'))?.outcome?.status).toBe('applied');
    expect((await pulled<Partner>(ana, 'partners')).get('partner-a3')).toMatchObject({
      status: 'active',
      tier: 'gold',
    });
  });

  it('refuses an incomplete applicant with what is missing, and declines it on rejection', async () => {
    const approval = await decide(ana, 'request-onboarding-incomplete');
    expect(approval?.outcome).toMatchObject({
      status: 'rejected',
      reason: 'Alpha Four cannot join the gold tier yet: missing the signed NDA.',
    });
    expect((await pulled<Partner>(ana, 'partners')).get('partner-a4')?.status).toBe('onboarding');

    const rejection = await decide(ana, 'request-onboarding-incomplete', {
      action: 'reject',
      comment: 'The NDA was never signed',
    });
    expect(rejection?.outcome?.status).toBe('applied');
    expect((await pulled<Partner>(ana, 'partners')).get('partner-a4')?.status).toBe('terminated');
  });
});
