import { describe, expect, it } from 'vitest';
import { aPartner } from '../support/partners';
import { engines } from '../support/databases';
import { aTierProgram } from '../support/subjects';
import { aRegistration, expectCreated, useIntakeStore } from './intake-setup';

const DAY_MS = 86_400_000;

describe.each(engines)('submitting through the intake API, on %s', (engine) => {
  const intake = useIntakeStore(engine);
  const { post, counts } = intake;

  it('creates the request and its deal, routed, with change numbers; a retry answers it (200)', async () => {
    const before = await counts();
    const first = expectCreated(await post('/intake/requests', aRegistration('portal-1')));
    expect(first.request).toMatchObject({
      type: 'deal_registration',
      status: 'submitted',
      intake: { source: 'partner-portal', externalId: 'portal-1' },
      amount: { amountMinor: 5_000_000, currency: 'USD' },
      workflow: { definitionId: 'workflow-standard', version: 1 },
      currentStep: 0,
    });
    expect(first.request.steps.map((step) => [step.role, step.status, step.assigneeId])).toEqual([
      ['cam', 'pending', 'user-cam-ana'],
    ]);
    expect(first.request.history.map((entry) => entry.action)).toEqual(['submitted', 'routed']);
    expect(await intake.dealOf(first)).toMatchObject({
      registrationStatus: 'submitted',
      conflictsWith: [],
    });
    const after = await counts();
    expect(after).toMatchObject({ requests: before.requests + 1, deals: before.deals + 1 });
    expect(after.seq).toBeGreaterThan(before.seq);

    // The same body, its keys in another order: the stored request, nothing created.
    const { note: _none, ...reordered } = { note: undefined, ...aRegistration('portal-1') };
    const retry = await post('/intake/requests', reordered);
    expect(retry.status).toBe(200);
    expect(retry.body.request.id).toBe(first.request.id);
    expect(await counts()).toEqual(after);
  });

  it('refuses the same external id with another body (409), and creates nothing', async () => {
    expectCreated(await post('/intake/requests', aRegistration('portal-2')));
    const before = await counts();
    const changed = aRegistration('portal-2', {
      name: 'Initech',
      domain: 'initech.example',
      country: 'US',
    });
    const answer = await post('/intake/requests', changed);
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('external_id_taken');
    expect(await counts()).toEqual(before);
  });

  it('keeps external ids per source: the CRM connector may use the portal id for its own', async () => {
    const portal = expectCreated(await post('/intake/requests', aRegistration('shared-7')));
    const crm = expectCreated(
      await post('/intake/requests', aRegistration('shared-7'), intake.secrets.crm),
    );
    expect(crm.request.id).not.toBe(portal.request.id);
    expect(crm.request.intake).toEqual({ source: 'crm-connector', externalId: 'shared-7' });
  });

  it.each([
    [
      'a registration without its deal',
      { ...aRegistration('bad-1'), deal: undefined },
      '/body/deal',
    ],
    ['an unknown field', { ...aRegistration('bad-2'), priority: 'high' }, '/body'],
    [
      'a negative amount',
      {
        ...aRegistration('bad-3'),
        type: 'mdf_preapproval',
        deal: undefined,
        subjectId: 'fund-a1',
        amount: { amountMinor: -1, currency: 'USD' },
      },
      '/body/amount',
    ],
    [
      'an MDF pre-approval without an amount',
      { ...aRegistration('bad-4'), type: 'mdf_preapproval', deal: undefined, subjectId: 'fund-a1' },
      '/body/amount',
    ],
    [
      'a discount on a registration',
      { ...aRegistration('bad-5'), discountPercent: 5 },
      '/body/discountPercent',
    ],
    ['an external id with spaces', aRegistration('bad 6'), '/body/externalId'],
  ])('refuses %s with a 400 naming the field, and changes nothing', async (_case, body, path) => {
    const before = await counts();
    const answer = await post('/intake/requests', body);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('bad_request');
    expect(answer.body.message).toContain(path);
    expect(await counts()).toEqual(before);
  });

  it('answers an unknown partner with 404 and an ineligible one with 422 and why', async () => {
    const unknown = await post('/intake/requests', {
      ...aRegistration('who-1'),
      partnerId: 'partner-zz',
    });
    expect(unknown.status).toBe(404);

    await intake.store
      .app()
      .storeOf('partners')
      .put([
        aPartner({
          id: 'partner-a2',
          name: 'Alpha Two',
          territoryId: 'territory-a',
          status: 'suspended',
          agreements: [],
        }),
      ]);
    const before = await counts();
    const suspended = await post('/intake/requests', {
      ...aRegistration('who-2'),
      partnerId: 'partner-a2',
    });
    expect(suspended.status).toBe(422);
    expect(suspended.body).toMatchObject({
      code: 'ineligible',
      reasons: [
        'Partner partner-a2 is suspended; only active partners may submit.',
        expect.stringContaining('has no reseller agreement in force'),
      ],
    });

    // The tier program requires five certified people of a gold partner; partner-a1 has none.
    await intake.store
      .app()
      .storeOf('programs')
      .put([aTierProgram({ validFrom: '2020-01-01', validTo: '2099-12-31' })]);
    const uncertified = await post('/intake/requests', aRegistration('who-3'));
    expect(uncertified.status).toBe(422);
    expect(uncertified.body).toMatchObject({
      reasons: [
        'The gold tier requires 5 certified people to register deals; partner partner-a1 has 0.',
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it("lists another partner's protected registration of the same customer on the request and the deal", async () => {
    await intake.publishAutoApproval();
    const customer = { name: 'ACME corp.', domain: 'www.acme.example', country: 'US' };
    const answer = expectCreated(
      await post('/intake/requests', aRegistration('conflict-1', customer)),
    );
    expect(answer.conflicts).toEqual([
      {
        recordId: 'deal-b1',
        kind: 'registration',
        partnerId: 'partner-b1',
        matchedBy: ['same_domain', 'same_name'],
      },
    ]);
    expect((await intake.dealOf(answer))?.conflictsWith).toEqual(['deal-b1']);
    expect(answer.request.history.at(-1)?.note).toContain('Possible channel conflict: deal-b1');
    // The auto-approval rule would hold, but a conflict always needs a person.
    expect(answer.autoApproved).toBe(false);
    expect(answer.request.status).toBe('submitted');
    // A retry answers the conflicts listed the first time.
    const retry = await post('/intake/requests', aRegistration('conflict-1', customer));
    expect(retry.body.conflicts).toEqual(answer.conflicts);
  });

  it('auto-approves by the definition with the effect a final decision has: the deal protected', async () => {
    await intake.publishAutoApproval();
    const answer = expectCreated(await post('/intake/requests', aRegistration('auto-1')));
    expect(answer.autoApproved).toBe(true);
    expect(answer.request).toMatchObject({
      status: 'approved',
      currentStep: 1,
      workflow: { version: 2 },
    });
    expect(answer.request.steps.map((step) => step.status)).toEqual(['skipped']);
    expect(answer.request.history.map((entry) => entry.action)).toContain('auto_approved');
    const deal = await intake.dealOf(answer);
    expect(deal?.registrationStatus).toBe('approved');
    const protectedFor =
      Date.parse(deal?.protectionExpiresAt ?? '') - Date.parse(answer.request.submittedAt);
    expect(protectedFor).toBe(90 * DAY_MS);

    // Above the rule's USD 100,000 it is routed: the CAM, and the regional manager above the gold limit.
    const big = aRegistration('auto-2');
    const [line] = big.deal?.lines ?? [];
    if (line) line.quantity = 21;
    const routed = expectCreated(await post('/intake/requests', big));
    expect(routed.autoApproved).toBe(false);
    expect(routed.request.steps.map((step) => step.role)).toEqual(['cam', 'regional_manager']);
  });

  it("checks an MDF pre-approval against the fund's balance", async () => {
    const mdf = (externalId: string, amountMinor: number) => ({
      externalId,
      type: 'mdf_preapproval',
      partnerId: 'partner-a1',
      subjectId: 'fund-a1',
      amount: { amountMinor, currency: 'USD' },
      submittedBy: 'Pat Partner',
    });
    const before = await counts();
    const short = await post('/intake/requests', mdf('mdf-1', 1_500_001));
    expect(short.status).toBe(422);
    expect(short.body.code).toBe('insufficient_funds');
    expect(await counts()).toEqual(before);
    const within = expectCreated(await post('/intake/requests', mdf('mdf-2', 1_500_000)));
    expect(within.request.steps.map((step) => step.role)).toEqual(['cam', 'regional_manager']);
  });

  it('refuses a missing or wrong credential (401) before reading the body', async () => {
    const before = await counts();
    for (const secret of [null, 'prm-intake.partner-portal.wrong', `${intake.secrets.portal}x`]) {
      const answer = await post('/intake/requests', aRegistration('cred-1'), secret);
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe('unauthorized');
    }
    expect(await counts()).toEqual(before);
  });
});
