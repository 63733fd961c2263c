import { describe, expect, it } from 'vitest';
import { decisionService } from '../../server/decisions/decision-service';
import { documentStore } from '../../server/sync/document-store';
import {
  decisionsCollection,
  requestsCollection,
  type Decision,
  type Request,
} from '../../shared/schema';
import { engines } from '../support/databases';
import { aDecision, ana } from '../support/scenario';
import { aRegistration, expectCreated, useIntakeStore } from './intake-setup';

describe.each(engines)("the partner's side of a request's life, on %s", (engine) => {
  const intake = useIntakeStore(engine);
  const { post, counts } = intake;
  const of = (externalId: string, action: string) =>
    `/intake/requests/partner-portal/${externalId}/${action}`;

  /** Ana decides the request's first step, through the decision service. */
  async function decide(request: Request, action: Decision['action'], comment: string) {
    const database = intake.store.database();
    const service = decisionService(database, {
      decisions: documentStore<Decision>(database, decisionsCollection),
      requests: documentStore<Request>(database, requestsCollection),
    });
    const [answer] = await service.submit(
      [
        {
          newDocumentState: aDecision({
            id: `decision-${action}-${request.id}`,
            requestId: request.id,
            territoryId: request.territoryId,
            action,
            comment,
          }),
        },
      ],
      ana,
    );
    expect(answer?.outcome).toMatchObject({ status: 'applied' });
  }

  const returnForInfo = (request: Request) =>
    decide(request, 'return_for_info', 'Please add the customer contact');

  it('resubmits a returned request with its changed fields: the same step waits again', async () => {
    const mdf = {
      externalId: 'mdf-r1',
      type: 'mdf_preapproval',
      partnerId: 'partner-a1',
      subjectId: 'fund-a1',
      amount: { amountMinor: 400_000, currency: 'USD' },
      submittedBy: 'Pat Partner',
    };
    const created = expectCreated(await post('/intake/requests', mdf));
    const early = await post(of('mdf-r1', 'resubmit'), { note: 'Too soon' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('not_returned');

    await returnForInfo(created.request);
    const resubmitted = await post(of('mdf-r1', 'resubmit'), {
      note: 'Budget breakdown attached',
      amount: { amountMinor: 350_000, currency: 'USD' },
    });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.request).toMatchObject({
      status: 'under_review',
      currentStep: 0,
      amount: { amountMinor: 350_000, currency: 'USD' },
    });
    expect(resubmitted.body.request.steps[0]).toMatchObject({
      status: 'pending',
      decisionId: null,
    });
    expect(resubmitted.body.request.history.at(-1)).toMatchObject({
      action: 'resubmitted',
      note: 'Budget breakdown attached',
    });

    // Once back in review it is the CAM's again: a second resubmission is refused.
    const twice = await post(of('mdf-r1', 'resubmit'), { note: 'Again' });
    expect(twice.status).toBe(409);
  });

  it('withdraws an open registration, its deal carrying the status; again answers it as it is', async () => {
    const created = expectCreated(await post('/intake/requests', aRegistration('w-1')));
    const withdrawn = await post(of('w-1', 'withdraw'), { reason: 'The customer went elsewhere' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.request).toMatchObject({ status: 'withdrawn', currentStep: 1 });
    expect(withdrawn.body.request.steps.map((step) => step.status)).toEqual(['skipped']);
    expect((await intake.dealOf(created))?.registrationStatus).toBe('withdrawn');
    const before = await counts();
    const again = await post(of('w-1', 'withdraw'), { reason: 'The customer went elsewhere' });
    expect(again.status).toBe(200);
    expect(await counts()).toEqual(before);
    const missing = await post(of('w-404', 'withdraw'), { reason: 'x' });
    expect(missing.status).toBe(404);
  });

  it("asks to extend an approved registration's protection with a new request that follows it", async () => {
    await intake.publishAutoApproval();
    const pending = expectCreated(
      await post(
        '/intake/requests',
        aRegistration('e-0', { name: 'Umbrella', domain: 'umbrella.example', country: 'US' }),
      ),
    );
    expect(pending.autoApproved).toBe(true);
    const extension = {
      externalId: 'e-1-ext',
      submittedBy: 'Pat Partner',
      note: 'Close slipped to Q2',
    };
    const asked = expectCreated(await post(of('e-0', 'extension'), extension));
    expect(asked.request).toMatchObject({
      type: 'deal_registration',
      relatedRequestId: pending.request.id,
      subjectId: pending.request.subjectId,
      status: 'submitted',
    });
    expect(asked.autoApproved).toBe(false);
    expect(asked.request.history.map((entry) => entry.action)).toContain('extension_requested');
    // The deal stays approved and protected while the extension waits.
    expect((await intake.dealOf(pending))?.registrationStatus).toBe('approved');
    const retry = await post(of('e-0', 'extension'), extension);
    expect(retry.status).toBe(200);
    const second = await post(of('e-0', 'extension'), { ...extension, externalId: 'e-2-ext' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('extension_open');

    // Rejected, the extension takes nothing away: the approval and its protection stand.
    const protectedDeal = await intake.dealOf(pending);
    await decide(asked.request, 'reject', 'The close date slipped too far');
    const after = await intake.dealOf(pending);
    expect(after).toMatchObject({
      registrationStatus: 'approved',
      protectionExpiresAt: protectedDeal?.protectionExpiresAt,
      rejectionReason: null,
    });
  });

  it('refuses to extend a registration that is not approved', async () => {
    expectCreated(await post('/intake/requests', aRegistration('e-3')));
    const answer = await post(of('e-3', 'extension'), {
      externalId: 'e-3-ext',
      submittedBy: 'Pat',
      note: 'x',
    });
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('not_extendable');
  });

  it("refuses another source's credential on a request (403) and a missing one (401)", async () => {
    expectCreated(await post('/intake/requests', aRegistration('s-1')));
    const before = await counts();
    const foreign = await post(of('s-1', 'withdraw'), { reason: 'x' }, intake.secrets.crm);
    expect(foreign.status).toBe(403);
    const none = await post(of('s-1', 'withdraw'), { reason: 'x' }, null);
    expect(none.status).toBe(401);
    expect(await counts()).toEqual(before);
  });
});
