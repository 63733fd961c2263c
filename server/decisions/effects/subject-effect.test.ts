import { describe, expect, it } from 'vitest';
import type { Request } from '../../../shared/schema';
import { aRequest } from '../../../test/support/scenario';
import { aDeal, aFund, anApplicant, aTierProgram } from '../../../test/support/subjects';
import { issuesAuthorization, subjectEffect, type Subjects } from './subject-effect';

const at = new Date('2026-11-24T12:00:00.000Z');
const subjects = (): Subjects => ({
  deals: new Map([['deal-a1', aDeal()]]),
  funds: new Map([['fund-a1', aFund()]]),
  partners: new Map([['partner-a3', anApplicant()]]),
  tierProgram: aTierProgram(),
});
/** Each type's subject in `subjects()`, and the partner it belongs to. */
const subjectOf: Record<Request['type'], Partial<Request>> = {
  deal_registration: { subjectId: 'deal-a1', discountPercent: null },
  special_pricing: { subjectId: 'deal-a1' },
  mdf_preapproval: { subjectId: 'fund-a1', discountPercent: null },
  mdf_claim: { subjectId: 'fund-a1', discountPercent: null },
  spiff_claim: { subjectId: 'program-spiff-1', discountPercent: null },
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
    ['an approved MDF claim changes nothing yet', of('mdf_claim', 'approved'), null, null],
    ['an approved SPIFF claim changes nothing yet', of('spiff_claim', 'approved'), null, null],
  ])('%s', (_case, decided, authorizationNumber, collection) => {
    const effect = subjectEffect(decided, subjects(), { at, authorizationNumber });
    expect(effect.refusal).toBeUndefined();
    expect(effect.change?.collection ?? null).toBe(collection);
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
