import { describe, expect, it } from 'vitest';
import type { Request } from '../../../shared/schema';
import { aRequest } from '../../../test/support/scenario';
import { aDeal, aFund, anApplicant, aTierProgram } from '../../../test/support/subjects';
import { aPreapproval, aSpiffProgram, aWonDeal, reps } from './claim-fixtures';
import { issuesAuthorization, subjectEffect, type Subjects } from './subject-effect';

const at = new Date('2026-11-24T12:00:00.000Z');
const subjects = (): Subjects => ({
  deals: new Map([['deal-a1', aDeal()]]),
  funds: new Map([['fund-a1', aFund()]]),
  partners: new Map([['partner-a3', anApplicant()]]),
  tierProgram: aTierProgram(),
  preapprovals: new Map([['request-preapproval', aPreapproval()]]),
  claims: new Map(),
  spiffPrograms: new Map([['program-spiff-1', aSpiffProgram()]]),
  wonDeals: [aWonDeal('deal-won', 4, '2026-08-01')],
});
/** Each type's subject in `subjects()`, and the partner it belongs to. */
const subjectOf: Record<Request['type'], Partial<Request>> = {
  deal_registration: { subjectId: 'deal-a1', discountPercent: null },
  special_pricing: { subjectId: 'deal-a1' },
  mdf_preapproval: { subjectId: 'fund-a1', discountPercent: null },
  mdf_claim: {
    subjectId: 'fund-a1',
    discountPercent: null,
    relatedRequestId: 'request-preapproval',
    amount: { amountMinor: 100, currency: 'USD' },
  },
  spiff_claim: {
    subjectId: 'program-spiff-1',
    discountPercent: null,
    amount: { amountMinor: 10_000, currency: 'USD' },
    payee: reps.ana,
  },
  partner_onboarding: { subjectId: 'partner-a3', partnerId: 'partner-a3', amount: null },
};
const of = (type: Request['type'], status: Request['status'], overrides: Partial<Request> = {}) =>
  aRequest({ type, status, ...subjectOf[type], ...overrides });

describe('subjectEffect', () => {
  it.each<[string, Request, number | null, string | null]>([
    [
      'a forwarded registration changes its deal',
      of('deal_registration', 'pending_approval'),
      null,
      'deals',
    ],
    [
      'an approved registration changes its deal',
      of('deal_registration', 'approved'),
      null,
      'deals',
    ],
    ['an approved special price changes its deal', of('special_pricing', 'approved'), 7, 'deals'],
    [
      'a forwarded special price changes nothing',
      of('special_pricing', 'pending_approval'),
      null,
      null,
    ],
    ['a rejected special price changes nothing', of('special_pricing', 'rejected'), null, null],
    [
      'an approved pre-approval changes its fund',
      of('mdf_preapproval', 'approved', { amount: { amountMinor: 100, currency: 'USD' } }),
      null,
      'funds',
    ],
    ['a rejected pre-approval changes nothing', of('mdf_preapproval', 'rejected'), null, null],
    [
      'an approved application changes its partner',
      of('partner_onboarding', 'approved'),
      null,
      'partners',
    ],
    [
      'a rejected application changes its partner',
      of('partner_onboarding', 'rejected'),
      null,
      'partners',
    ],
    [
      'a forwarded application changes nothing',
      of('partner_onboarding', 'pending_approval'),
      null,
      null,
    ],
    [
      'an approved MDF claim within its pre-approval changes no document',
      of('mdf_claim', 'approved'),
      null,
      null,
    ],
    [
      'an approved SPIFF claim within its won units changes no document',
      of('spiff_claim', 'approved'),
      null,
      null,
    ],
  ])('%s', (_case, decided, authorizationNumber, collection) => {
    const effect = subjectEffect(decided, subjects(), { at, authorizationNumber });
    expect(effect.refusal).toBeUndefined();
    expect(effect.change?.collection ?? null).toBe(collection);
  });

  it.each<[string, Request, RegExp]>([
    [
      'an MDF claim above its pre-approval',
      of('mdf_claim', 'pending_approval', { amount: { amountMinor: 400_001, currency: 'USD' } }),
      /more than the \$4,000\.00 left on pre-approval request-preapproval/,
    ],
    [
      'a SPIFF claim above its won units',
      of('spiff_claim', 'approved', { amount: { amountMinor: 25_000, currency: 'USD' } }),
      /sold 4 units, 0 already paid out or approved; 5 more cannot be approved/,
    ],
  ])('refuses %s', (_case, decided, reason) => {
    expect(subjectEffect(decided, subjects(), { at, authorizationNumber: null }).refusal).toMatch(
      reason,
    );
  });

  it.each<[string, Request, string | undefined]>([
    [
      'an approved SPIFF claim',
      of('spiff_claim', 'approved'),
      'Payout owed to Ana Ruiz <ana.ruiz@partner-a1.example>: $100.00',
    ],
    [
      'a SPIFF claim approved in part',
      of('spiff_claim', 'approved', { approvedAmount: { amountMinor: 5_000, currency: 'USD' } }),
      'Payout owed to Ana Ruiz <ana.ruiz@partner-a1.example>: $50.00',
    ],
    ['a forwarded SPIFF claim', of('spiff_claim', 'pending_approval'), undefined],
    ['an approved MDF claim', of('mdf_claim', 'approved'), undefined],
  ])('notes in the history the payout %s owes', (_case, decided, note) => {
    expect(subjectEffect(decided, subjects(), { at, authorizationNumber: null }).note).toBe(note);
  });

  it('quotes the id made of the number it was given', () => {
    const effect = subjectEffect(of('special_pricing', 'approved'), subjects(), {
      at,
      authorizationNumber: 7,
    });
    expect(effect.change?.document).toMatchObject({
      specialPricing: { authorizationId: 'SPA-2026-000007' },
    });
  });

  it.each<[string, Request]>([
    ['an unknown deal', of('deal_registration', 'approved', { subjectId: 'deal-zz' })],
    ["another partner's deal", of('special_pricing', 'approved', { partnerId: 'partner-a2' })],
    ['an unknown fund', of('mdf_preapproval', 'approved', { subjectId: 'fund-zz' })],
    ['an unknown applicant', of('partner_onboarding', 'rejected', { subjectId: 'partner-zz' })],
  ])('refuses a decision about %s', (_case, decided) => {
    const effect = subjectEffect(decided, subjects(), { at, authorizationNumber: 1 });
    expect(effect.refusal).toMatch(/is about is not in the store/);
  });

  it('needs an authorisation number exactly for an approved special price', () => {
    expect(issuesAuthorization(of('special_pricing', 'approved'))).toBe(true);
    expect(issuesAuthorization(of('special_pricing', 'pending_approval'))).toBe(false);
    expect(issuesAuthorization(of('deal_registration', 'approved'))).toBe(false);
    expect(() =>
      subjectEffect(of('special_pricing', 'approved'), subjects(), {
        at,
        authorizationNumber: null,
      }),
    ).toThrow(/needs an authorisation number/);
  });
});
