import { describe, expect, it } from 'vitest';
import type { Request } from '../../../../shared/schema';
import { aRequest } from '../../../../test/support/scenario';
import { aDeal, aFund, anApplicant } from '../../../../test/support/subjects';
import { expectedEffect, storedEffect, type EffectSubject } from './expected-effect';

const decidedAt = '2026-11-24T11:00:00.000Z';
const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

/** A request of this type whose only step (the last) waits for the CAM. */
function lastStep(type: Request['type'], overrides: Partial<Request> = {}): Request {
  const request = aRequest({ type, ...overrides });
  return { ...request, steps: request.steps.slice(0, 1) };
}

const approve = { action: 'approve', stepIndex: 0, decidedAt, amount: null } as const;
const reject = { action: 'reject', stepIndex: 0, decidedAt, amount: null } as const;
const returnForInfo = { action: 'return_for_info', stepIndex: 0, decidedAt, amount: null } as const;
const approvePart = { ...approve, amount: usd(250_000) };
const conflicting = aDeal({ conflictsWith: ['deal-b7'] });
const rep = { name: 'Ana Ruiz', email: 'ana.ruiz@partner.example' };

describe('expectedEffect', () => {
  it.each<{
    name: string;
    request: Request;
    decision: typeof approve | typeof reject | typeof returnForInfo | typeof approvePart;
    subject: EffectSubject;
    effect: ReturnType<typeof expectedEffect>;
  }>([
    {
      name: 'an approval before the last step forwards to the next role',
      request: aRequest({ type: 'deal_registration' }),
      decision: approve,
      subject: { deal: aDeal() },
      effect: { kind: 'forwarded', role: 'regional_manager' },
    },
    {
      name: 'a return at any step asks the partner for information',
      request: aRequest({ type: 'mdf_preapproval' }),
      decision: returnForInfo,
      subject: { fund: aFund() },
      effect: { kind: 'returned' },
    },
    {
      name: 'the final approval of a registration protects it for 90 days from the decision',
      request: lastStep('deal_registration'),
      decision: approve,
      subject: { deal: aDeal() },
      effect: { kind: 'protected', until: '2027-02-22T11:00:00.000Z' },
    },
    {
      name: 'rejecting a conflicting registration gives the channel conflict as its reason',
      request: aRequest({ type: 'deal_registration' }),
      decision: reject,
      subject: { deal: conflicting },
      effect: { kind: 'registration_rejected', reason: 'channel_conflict' },
    },
    {
      name: 'rejecting a registration without conflicts gives "other"',
      request: aRequest({ type: 'deal_registration' }),
      decision: reject,
      subject: { deal: aDeal() },
      effect: { kind: 'registration_rejected', reason: 'other' },
    },
    {
      name: 'the final approval of a special price issues an authorisation id (not known yet)',
      request: lastStep('special_pricing'),
      decision: approve,
      subject: { deal: aDeal() },
      effect: { kind: 'authorization_issued', authorizationId: null },
    },
    {
      name: 'an MDF pre-approval reserves its amount from the fund: balance after',
      request: lastStep('mdf_preapproval', { amount: usd(400_000), subjectId: 'fund-a1' }),
      decision: approve,
      subject: { fund: aFund() },
      effect: {
        kind: 'funds_reserved',
        amount: usd(400_000),
        period: '2026-H2',
        balanceAfter: usd(1_100_000),
      },
    },
    {
      name: 'a partial approval reserves only the amount the CAM granted',
      request: lastStep('mdf_preapproval', { amount: usd(400_000) }),
      decision: approvePart,
      subject: { fund: aFund() },
      effect: {
        kind: 'funds_reserved',
        amount: usd(250_000),
        period: '2026-H2',
        balanceAfter: usd(1_250_000),
      },
    },
    {
      name: 'an MDF pre-approval of exactly the balance leaves it at zero',
      request: lastStep('mdf_preapproval', { amount: usd(1_500_000) }),
      decision: approve,
      subject: { fund: aFund() },
      effect: {
        kind: 'funds_reserved',
        amount: usd(1_500_000),
        period: '2026-H2',
        balanceAfter: usd(0),
      },
    },
    {
      name: 'an MDF pre-approval one cent over the balance: the store will refuse it',
      request: lastStep('mdf_preapproval', { amount: usd(1_500_001) }),
      decision: approve,
      subject: { fund: aFund() },
      effect: { kind: 'funds_short', amount: usd(1_500_001), balance: usd(1_500_000) },
    },
    {
      name: 'an MDF pre-approval in another currency than the fund: refused',
      request: lastStep('mdf_preapproval', { amount: { amountMinor: 100, currency: 'EUR' } }),
      decision: approve,
      subject: { fund: aFund() },
      effect: {
        kind: 'funds_short',
        amount: { amountMinor: 100, currency: 'EUR' },
        balance: usd(1_500_000),
      },
    },
    {
      name: 'an MDF pre-approval whose fund is not on this device',
      request: lastStep('mdf_preapproval'),
      decision: approve,
      subject: {},
      effect: { kind: 'subject_unknown' },
    },
    {
      name: 'approving an onboarding makes the partner active in the tier it applied for',
      request: lastStep('partner_onboarding'),
      decision: approve,
      subject: { partner: anApplicant() },
      effect: { kind: 'partner_activated', tier: 'gold' },
    },
    {
      name: 'rejecting an onboarding declines the application',
      request: lastStep('partner_onboarding'),
      decision: reject,
      subject: { partner: anApplicant() },
      effect: { kind: 'partner_declined' },
    },
    {
      name: 'an MDF claim approved at its last step changes no subject yet',
      request: lastStep('mdf_claim'),
      decision: approve,
      subject: {},
      effect: { kind: 'approved' },
    },
    {
      name: 'a SPIFF claim approved at its last step owes its rep the payout',
      request: lastStep('spiff_claim', { amount: usd(30_000), payee: rep }),
      decision: approve,
      subject: {},
      effect: { kind: 'payout_owed', payee: rep, amount: usd(30_000) },
    },
    {
      name: 'a SPIFF claim approved in part owes its rep the part',
      request: lastStep('spiff_claim', { amount: usd(300_000), payee: rep }),
      decision: approvePart,
      subject: {},
      effect: { kind: 'payout_owed', payee: rep, amount: usd(250_000) },
    },
    {
      name: 'a SPIFF claim naming no rep will be refused',
      request: lastStep('spiff_claim', { amount: usd(30_000), payee: null }),
      decision: approve,
      subject: {},
      effect: { kind: 'payee_missing' },
    },
    {
      name: 'a special price rejected',
      request: aRequest(),
      decision: reject,
      subject: { deal: aDeal() },
      effect: { kind: 'rejected' },
    },
  ])('$name', ({ request, decision, subject, effect }) => {
    expect(expectedEffect(request, decision, subject)).toEqual(effect);
  });
});

describe('storedEffect: what the store did replaces what was expected', () => {
  const recordedAt = '2026-11-24T11:00:05.000Z';
  it.each<{
    name: string;
    request: Request;
    decision: typeof approve | typeof reject;
    subject: EffectSubject;
    effect: ReturnType<typeof storedEffect>;
  }>([
    {
      name: 'the protection end the store wrote on the deal',
      request: lastStep('deal_registration'),
      decision: approve,
      subject: { deal: aDeal({ protectionExpiresAt: '2027-02-22T11:00:05.000Z' }) },
      effect: { kind: 'protected', until: '2027-02-22T11:00:05.000Z' },
    },
    {
      name: 'the authorisation id the store issued',
      request: lastStep('special_pricing'),
      decision: approve,
      subject: {
        deal: aDeal({
          specialPricing: {
            authorizationId: 'SPA-2026-00000Z',
            requestId: 'request-a1',
            discountPercent: 8,
            approvedAt: recordedAt,
          },
        }),
      },
      effect: { kind: 'authorization_issued', authorizationId: 'SPA-2026-00000Z' },
    },
    {
      name: 'the fund as the store left it, once it has replicated',
      request: lastStep('mdf_preapproval', { amount: usd(400_000) }),
      decision: approve,
      subject: { fund: aFund({ balance: usd(1_100_000), updatedAt: recordedAt }) },
      effect: {
        kind: 'funds_reserved',
        amount: usd(400_000),
        period: '2026-H2',
        balanceAfter: usd(1_100_000),
      },
    },
    {
      name: 'the fund before it replicated: the balance after is still worked out',
      request: lastStep('mdf_preapproval', { amount: usd(400_000) }),
      decision: approve,
      subject: { fund: aFund() },
      effect: {
        kind: 'funds_reserved',
        amount: usd(400_000),
        period: '2026-H2',
        balanceAfter: usd(1_100_000),
      },
    },
    {
      name: 'the rejection reason the store wrote on the deal',
      request: lastStep('deal_registration'),
      decision: reject,
      subject: { deal: aDeal({ rejectionReason: 'channel_conflict' }) },
      effect: { kind: 'registration_rejected', reason: 'channel_conflict' },
    },
  ])('$name', ({ request, decision, subject, effect }) => {
    expect(storedEffect(request, decision, subject, recordedAt)).toEqual(effect);
  });
});
