import type { Deal, Fund, Partner, Program } from '../../shared/schema';
import { aPartner } from './partners';

const at = '2026-11-20T09:00:00.000Z';

/** A deal of partner-a1 in territory-a, registered and waiting for review. */
export function aDeal(overrides: Partial<Deal> = {}): Deal {
  return {
    id: 'deal-a1',
    partnerId: 'partner-a1',
    territoryId: 'territory-a',
    endCustomer: { name: 'Acme Corp', domain: 'acme.example', country: 'US' },
    lines: [
      {
        productId: 'product-1',
        quantity: 10,
        unitPrice: { amountMinor: 500_000, currency: 'USD' },
      },
    ],
    amount: { amountMinor: 5_000_000, currency: 'USD' },
    stage: 'qualification',
    registrationStatus: 'under_review',
    rejectionReason: null,
    registeredAt: at,
    protectionExpiresAt: null,
    expectedCloseAt: '2027-02-01T00:00:00.000Z',
    crmOpportunityId: null,
    conflictsWith: [],
    specialPricing: null,
    updatedAt: at,
    ...overrides,
  };
}

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

/** partner-a1's MDF for 2026-H2: 20,000 allocated, 5,000 reserved, 15,000 left. */
export function aFund(overrides: Partial<Fund> = {}): Fund {
  return {
    id: 'fund-a1',
    partnerId: 'partner-a1',
    territoryId: 'territory-a',
    fundType: 'mdf',
    period: '2026-H2',
    budget: usd(2_000_000),
    allocated: usd(2_000_000),
    accrued: usd(0),
    reserved: usd(500_000),
    paid: usd(0),
    balance: usd(1_500_000),
    expiresOn: '2026-12-31',
    updatedAt: at,
    ...overrides,
  };
}

const done = '2026-11-01T10:00:00.000Z';

/** An applicant for the gold tier in territory-a, its checklist complete unless told otherwise. */
export function anApplicant(overrides: Partial<Partner> = {}): Partner {
  return aPartner({
    id: 'partner-a3',
    name: 'Alpha Three',
    territoryId: 'territory-a',
    tier: 'gold',
    status: 'onboarding',
    onboarding: [
      { item: 'agreement_signed', doneAt: done },
      { item: 'nda_signed', doneAt: done },
      { item: 'sales_training', doneAt: done },
      { item: 'technical_training', doneAt: done },
      { item: 'portal_access', doneAt: null },
    ],
    ...overrides,
  });
}

/** The tier program: registered partners need no certified people, gold partners need five. */
export function aTierProgram(overrides: Partial<Program> = {}): Program {
  const rule = (tier: Program['tiers'][number]['tier'], requiredCertifications: number) => ({
    tier,
    minRevenue: usd(0),
    requiredCertifications,
    maxDiscountPercent: 10,
  });
  return {
    id: 'program-tiers-2026',
    kind: 'tier_program',
    name: 'Partner tier program 2026',
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    tiers: [rule('registered', 0), rule('gold', 5)],
    spiff: null,
    authority: [],
    updatedAt: at,
    ...overrides,
  };
}
