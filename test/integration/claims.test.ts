import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../server/app';
import { decisionService, type DecisionService } from '../../server/decisions/decision-service';
import {
  aPreapproval,
  anMdfClaim,
  aSpiffClaim,
  aSpiffProgram,
  aWonDeal,
  usd,
} from '../../server/decisions/effects/claim-fixtures';
import type { Decider } from '../../server/decisions/judge-decision';
import { documentStore } from '../../server/sync/document-store';
import {
  decisionsCollection,
  requestsCollection,
  type Decision,
  type Fund,
  type Request,
} from '../../shared/schema';
import { PROTOCOL_VERSION_HEADER, type PullResponse } from '../../shared/sync/protocol';
import { signedInAs } from '../support/auth';
import { engines } from '../support/databases';
import { useScenarioApp } from '../support/scenario-app';
import { aDecision, ana, aRequest, aUser, bob } from '../support/scenario';
import { aFund } from '../support/subjects';

const fay: Decider = {
  userId: 'user-finance-fay',
  role: 'finance',
  territoryIds: ['territory-a'],
};
const decidedAt = new Date('2026-11-24T12:00:00.000Z');
const spiffRule = { productIds: ['product-fw'], amountPerUnit: usd(5_000), maxUnitsPerRep: 20 };

/** Waiting for Ana alone (a pre-approval), or for Ana and then Fay in finance (a claim). */
function waitingForAna(request: Request, finance: boolean): Request {
  const [camStep, second] = aRequest().steps;
  if (!camStep || !second) throw new Error('The scenario request has two steps');
  const steps = finance
    ? [camStep, { ...second, role: 'finance' as const, assigneeId: fay.userId }]
    : [camStep];
  return {
    ...request,
    status: 'pending_approval',
    currentStep: 0,
    steps,
    dueAt: camStep.dueAt ?? request.dueAt,
  };
}

/** Store helpers over one scenario app: decide, pay, read back as a client pulls. */
function claimsStore(app: () => App, service: () => DecisionService) {
  let sequence = 0;
  return {
    decide: async (who: Decider, requestId: string, overrides: Partial<Decision> = {}) => {
      sequence += 1;
      const [answer] = await service().submit(
        [
          {
            newDocumentState: aDecision({
              id: `decision-${sequence}`,
              requestId,
              decidedBy: who.userId,
              ...overrides,
            }),
          },
        ],
        who,
        () => decidedAt,
      );
      return answer?.outcome;
    },
    pay: async (who: Decider, requestId: string, body: object) =>
      app().inject({
        method: 'POST',
        url: `/requests/${requestId}/payment`,
        headers: await signedInAs(app(), who),
        payload: body,
      }),
    pulled: async <Doc extends { id: string }>(who: Decider, collection: string, id: string) => {
      const response = await app().inject({
        url: `/sync/${collection}/pull`,
        headers: { [PROTOCOL_VERSION_HEADER]: '4', ...(await signedInAs(app(), who)) },
      });
      return response.json<PullResponse<Doc>>().documents.find((document) => document.id === id);
    },
  };
}

describe.each(engines)('MDF and SPIFF claims, from pre-approval to payment, on %s', (engine) => {
  const store = useScenarioApp(engine);
  let service: DecisionService;
  const { decide, pay, pulled } = claimsStore(store.app, () => service);

  beforeEach(async () => {
    const app = store.app();
    await app.storeOf('users').put([aUser(fay)]);
    await app.storeOf('funds').put([aFund()]);
    await app.storeOf('programs').put([aSpiffProgram()]);
    await app
      .storeOf('deals')
      .put([
        aWonDeal('deal-july', 6, '2026-07-15'),
        aWonDeal('deal-sept', 4, '2026-09-02'),
        aWonDeal('deal-october', 40, '2026-10-01'),
      ]);
    await app
      .storeOf('requests')
      .put([
        waitingForAna(aPreapproval(), false),
        waitingForAna(anMdfClaim({ id: 'request-claim-1', amount: usd(200_000) }), true),
        waitingForAna(anMdfClaim({ id: 'request-claim-2', amount: usd(150_000) }), true),
        waitingForAna(aSpiffClaim(6, { id: 'request-spiff-1' }), false),
        waitingForAna(aSpiffClaim(5, { id: 'request-spiff-2' }), false),
      ]);
    service = decisionService(store.database(), {
      decisions: documentStore<Decision>(store.database(), decisionsCollection),
      requests: documentStore<Request>(store.database(), requestsCollection),
    });
  });

  const fund = () => pulled<Fund>(ana, 'funds', 'fund-a1');
  const request = (id: string) => pulled<Request>(ana, 'requests', id);

  it('pre-approves in part, claims within it, refuses the claim above what is left, pays and debits the fund', async () => {
    // fund-a1: 20,000 allocated, 5,000 reserved, 15,000 balance. 4,000 asked, 3,000 granted.
    expect(await decide(ana, 'request-preapproval', { amount: usd(300_000) })).toMatchObject({
      status: 'applied',
    });
    expect(await request('request-preapproval')).toMatchObject({
      status: 'approved',
      approvedAmount: usd(300_000),
    });
    expect(await fund()).toMatchObject({
      reserved: usd(800_000),
      balance: usd(1_200_000),
      paid: usd(0),
    });

    // Claim 1 asks 2,000; the CAM grants 1,800, finance approves.
    expect(await decide(ana, 'request-claim-1', { amount: usd(180_000) })).toMatchObject({
      status: 'applied',
    });
    expect(await decide(fay, 'request-claim-1', { stepIndex: 1 })).toMatchObject({
      status: 'applied',
    });
    expect(await request('request-claim-1')).toMatchObject({
      status: 'approved',
      approvedAmount: usd(180_000),
    });

    // Claim 2 asks 1,500, but 3,000 - 1,800 = 1,200 is left: refused, nothing changes.
    const above = await decide(ana, 'request-claim-2');
    expect(above).toMatchObject({ status: 'rejected' });
    expect(above?.reason).toMatch(
      /\$1,500\.00 is more than the \$1,200\.00 left on pre-approval request-preapproval/,
    );
    expect(await request('request-claim-2')).toMatchObject({
      status: 'pending_approval',
      currentStep: 0,
      approvedAmount: null,
    });
    // Granted 1,200 (all that is left), it goes through; nothing is left after it.
    expect(await decide(ana, 'request-claim-2', { amount: usd(120_000) })).toMatchObject({
      status: 'applied',
    });
    expect(await decide(fay, 'request-claim-2', { stepIndex: 1 })).toMatchObject({
      status: 'applied',
    });
    // Approvals move no money: 8,000 stays reserved until finance pays.
    expect(await fund()).toMatchObject({ reserved: usd(800_000), balance: usd(1_200_000) });

    const paid = await pay(fay, 'request-claim-1', { reference: 'FIN-2026-0042' });
    expect(paid.statusCode).toBe(201);
    expect(await fund()).toMatchObject({
      reserved: usd(620_000),
      paid: usd(180_000),
      balance: usd(1_200_000),
    });
    const settled = await request('request-claim-1');
    expect(settled?.payment).toEqual({
      amount: usd(180_000),
      paidAt: expect.any(String) as string,
      paidBy: fay.userId,
      reference: 'FIN-2026-0042',
    });
    expect(settled?.history.at(-1)).toMatchObject({ action: 'paid', actorId: fay.userId });

    // The same report again (a retry) answers the payment and debits nothing twice.
    const again = await pay(fay, 'request-claim-1', {
      reference: 'FIN-2026-0042',
      amount: usd(180_000),
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<Request>().payment?.reference).toBe('FIN-2026-0042');
    expect(await fund()).toMatchObject({ reserved: usd(620_000), paid: usd(180_000) });

    expect(
      (await pay(fay, 'request-claim-2', { reference: 'FIN-2', amount: usd(150_000) })).json(),
    ).toMatchObject({
      code: 'bad_request',
      message: expect.stringMatching(
        /approved for \$1,200\.00; a payment of \$1,500\.00/,
      ) as string,
    });
    expect((await pay(fay, 'request-claim-2', { reference: 'FIN-2' })).statusCode).toBe(201);
    expect(await fund()).toMatchObject({
      reserved: usd(500_000),
      paid: usd(300_000),
      balance: usd(1_200_000),
    });
  });

  it.each<[string, Partial<Decision>, RegExp]>([
    ['more than asked', { amount: usd(400_001) }, /more than the \$4,000\.00 asked/],
    [
      'another currency',
      { amount: { amountMinor: 100, currency: 'EUR' } },
      /in EUR but request request-preapproval is in USD/,
    ],
    [
      'an amount on a rejection',
      { action: 'reject', comment: 'No budget', amount: usd(100) },
      /Only an approval may name an amount/,
    ],
    [
      'an amount on a return',
      { action: 'return_for_info', comment: 'Which event?', amount: usd(100) },
      /Only an approval/,
    ],
  ])('rejects a decision naming %s and changes nothing', async (_case, overrides, reason) => {
    const outcome = await decide(ana, 'request-preapproval', overrides);
    expect(outcome).toMatchObject({ status: 'rejected' });
    expect(outcome?.reason).toMatch(reason);
    expect(await request('request-preapproval')).toMatchObject({
      status: 'pending_approval',
      approvedAmount: null,
    });
    expect(await fund()).toMatchObject({ reserved: usd(500_000), balance: usd(1_500_000) });
  });

  it('refuses a partial approval of a request type that does not allow one', async () => {
    const outcome = await decide(ana, 'request-a1', { amount: usd(100) });
    expect(outcome?.reason).toMatch(/special pricing request cannot be approved in part/);
  });

  it('approves SPIFF claims against the won deals of the period and pays the rep', async () => {
    // 6 + 4 units won in Q3 (the October deal is outside); 6 approved leaves 4.
    expect(await decide(ana, 'request-spiff-1')).toMatchObject({ status: 'applied' });
    const above = await decide(ana, 'request-spiff-2');
    expect(above?.reason).toMatch(
      /sold 10 units, 6 already paid out or approved; 5 more cannot be approved \(4 at most\)/,
    );
    expect(await decide(ana, 'request-spiff-2', { amount: usd(20_000) })).toMatchObject({
      status: 'applied',
    });
    expect(await request('request-spiff-2')).toMatchObject({
      status: 'approved',
      approvedAmount: usd(20_000),
    });

    // The approval records the payout owed to the rep; the payment, whom it paid.
    expect((await request('request-spiff-2'))?.history.at(-1)).toMatchObject({
      action: 'comment',
      actorId: null,
      note: 'Payout owed to Ana Ruiz <ana.ruiz@partner-a1.example>: $200.00',
    });

    const paid = await pay(fay, 'request-spiff-2', { reference: 'SPIFF-7' });
    expect(paid.statusCode).toBe(201);
    expect(paid.json<Request>().payment).toMatchObject({
      amount: usd(20_000),
      reference: 'SPIFF-7',
    });
    expect(paid.json<Request>().history.at(-1)).toMatchObject({
      action: 'paid',
      note: 'Paid $200.00 to Ana Ruiz <ana.ruiz@partner-a1.example>, reference SPIFF-7',
    });
    // A payout owed to the rep draws on no MDF fund.
    expect(await fund()).toMatchObject({ reserved: usd(500_000), paid: usd(0) });
  });

  it("counts a rep's approved claims on the program against what it pays a rep", async () => {
    // 8 units a rep at most; Ana's 6 approved leave her 2, Luis (same partner) may claim 4.
    await store
      .app()
      .storeOf('programs')
      .put([aSpiffProgram({ spiff: { ...spiffRule, maxUnitsPerRep: 8 } })]);
    await store
      .app()
      .storeOf('requests')
      .put([
        waitingForAna(
          aSpiffClaim(4, {
            id: 'request-spiff-luis',
            payee: { name: 'Luis Pardo', email: 'Luis.Pardo@partner-a1.example' },
          }),
          false,
        ),
      ]);
    expect(await decide(ana, 'request-spiff-1')).toMatchObject({ status: 'applied' });
    const ana_again = await decide(ana, 'request-spiff-2');
    expect(ana_again).toMatchObject({ status: 'rejected' });
    expect(ana_again?.reason).toBe(
      'Ana Ruiz <ana.ruiz@partner-a1.example> has 6 units approved in Edge Firewall Q3 already; 5 more would pass the 8 it pays a rep (2 at most).',
    );
    expect(await request('request-spiff-2')).toMatchObject({ status: 'pending_approval' });
    expect(await decide(ana, 'request-spiff-luis')).toMatchObject({ status: 'applied' });
  });

  it('records payments for finance only, of approved claims in its territories', async () => {
    await decide(ana, 'request-spiff-1');
    expect((await pay(ana, 'request-spiff-1', { reference: 'X-1' })).statusCode).toBe(403);
    expect((await pay(bob, 'request-spiff-1', { reference: 'X-1' })).statusCode).toBe(404);
    const open = await pay(fay, 'request-spiff-2', { reference: 'X-1' });
    expect(open.statusCode).toBe(400);
    expect(open.json<{ message: string }>().message).toMatch(
      /pending approval; only an approved claim/,
    );
    expect((await pay(fay, 'request-spiff-1', { reference: '' })).statusCode).toBe(400);
    expect((await pay(fay, 'request-preapproval', { reference: 'X-1' })).statusCode).toBe(400);
    expect((await pay(fay, 'request-spiff-1', { reference: 'X-1' })).statusCode).toBe(201);
    expect(
      (await pay(fay, 'request-spiff-1', { reference: 'X-2' })).json<{ message: string }>().message,
    ).toMatch(/already paid under reference X-1/);
  });
});
