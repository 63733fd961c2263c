import { describe, expect, it } from 'vitest';
import { computeTerritoryRollup, rollupWindowEnding } from '../rules/territory-rollup';
import type { Deal, Partner, Territory } from '../schema';
import { dashboardFigures, defaultFilters, type DashboardFilters } from './dashboard-figures';
import { reportingIn } from './reporting-money';

// shared/ may not import test/support: the same partner as its aPartner, kept here.
function aPartner(overrides: Partial<Partner> = {}): Partner {
  return {
    id: 'partner-test-1',
    name: 'Northwind Systems',
    type: 'reseller',
    tier: 'gold',
    status: 'active',
    territoryId: 'territory-na-west',
    region: 'North America',
    country: 'US',
    city: 'Seattle',
    parentId: null,
    accountOwnerId: 'user-cam-test',
    locations: [{ city: 'Seattle', country: 'US', headquarters: true }],
    agreements: [
      { id: 'agr-1', kind: 'reseller', signedOn: '2025-01-15', expiresOn: '2027-01-14' },
    ],
    onboarding: [{ item: 'agreement_signed', doneAt: '2025-01-15T10:00:00.000Z' }],
    businessPlans: [],
    revenueYtd: { amountMinor: 1_250_000, currency: 'USD' },
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const today = '2026-11-20';
const rates = {
  baseCurrency: 'USD',
  rates: [
    { currency: 'EUR', validOn: '2015-01-01', unitsPerBase: 0.8 },
    { currency: 'MXN', validOn: '2015-01-01', unitsPerBase: 20 },
  ],
};

const partners: Partner[] = [
  aPartner({
    id: 'p-mx',
    name: 'Mexicana',
    tier: 'gold',
    country: 'MX',
    region: 'LatAm',
    territoryId: 't',
  }),
  aPartner({
    id: 'p-es',
    name: 'Ibérica',
    tier: 'silver',
    country: 'ES',
    region: 'Iberia',
    territoryId: 't',
  }),
];

function aDeal(
  id: string,
  partnerId: string,
  amountMinor: number,
  currency: string,
  extra: Partial<Deal> = {},
): Deal {
  return {
    id,
    partnerId,
    territoryId: 't',
    endCustomer: { name: 'Acme', domain: 'acme.example', country: 'MX' },
    lines: [{ productId: 'p', quantity: 1, unitPrice: { amountMinor, currency } }],
    amount: { amountMinor, currency },
    stage: 'proposal',
    registrationStatus: 'submitted',
    rejectionReason: null,
    registeredAt: '2026-10-10T10:00:00.000Z',
    protectionExpiresAt: null,
    expectedCloseAt: '2027-01-10T10:00:00.000Z',
    crmOpportunityId: null,
    conflictsWith: [],
    specialPricing: null,
    updatedAt: '2026-11-20T00:00:00.000Z',
    ...extra,
  };
}

const deals = [
  aDeal('d1', 'p-mx', 2_000_00, 'MXN'),
  aDeal('d2', 'p-mx', 1_000_00, 'MXN', { registrationStatus: 'approved', stage: 'closed_won' }),
  aDeal('d3', 'p-es', 80_00, 'EUR', { registrationStatus: 'approved' }),
  aDeal('d4', 'p-es', 40_00, 'USD'),
  // Two years back: outside every period but the rollup's window start.
  aDeal('d5', 'p-es', 999_00, 'EUR', { registeredAt: '2024-12-01T00:00:00.000Z' }),
];

const territory: Territory = {
  id: 't',
  name: 'T',
  region: 'Test',
  countries: ['MX', 'ES'],
  camIds: [],
  managerId: null,
  reportingCurrency: 'EUR',
  exchangeRates: rates,
  rollup: computeTerritoryRollup(
    { partnerIds: ['p-mx', 'p-es'], deals, requests: [], funds: [], contacts: [], performance: [] },
    rollupWindowEnding('2026-11-20T00:00:00.000Z', 24),
    '2026-11-20T00:00:00.000Z',
  ),
  updatedAt: '2026-11-20T00:00:00.000Z',
};

const figuresFor = (filters: Partial<DashboardFilters>, currency = 'EUR') =>
  dashboardFigures(
    [territory],
    partners,
    { ...defaultFilters, ...filters },
    today,
    reportingIn(currency, rates),
  );

describe('the dashboard figures', () => {
  it.each([
    // MXN 2,000 at 20/USD = USD 100 = EUR 80; USD 40 = EUR 32; EUR 80 is won? no: approved, open.
    [
      'every partner, in EUR',
      {},
      'EUR',
      { registered: 4, approved: 2, won: 1, pipeline: 80_00 + 80_00 + 32_00, partners: 2 },
    ],
    [
      'every partner, in USD',
      {},
      'USD',
      { registered: 4, approved: 2, won: 1, pipeline: 100_00 + 100_00 + 40_00, partners: 2 },
    ],
    [
      'gold only',
      { tier: 'gold' },
      'EUR',
      { registered: 2, approved: 1, won: 1, pipeline: 80_00, partners: 1 },
    ],
    [
      'one country',
      { country: 'ES' },
      'EUR',
      { registered: 2, approved: 1, won: 0, pipeline: 112_00, partners: 1 },
    ],
    [
      'the previous year',
      { period: 'previous_year' },
      'EUR',
      { registered: 0, approved: 0, won: 0, pipeline: 0, partners: 2 },
    ],
  ] as const)('%s', (_case, filters, currency, expected) => {
    const figures = figuresFor(filters, currency);
    expect({
      registered: figures.registered,
      approved: figures.approved,
      won: figures.won,
      pipeline: figures.pipeline.total.amountMinor,
      partners: figures.partners.length,
    }).toEqual(expected);
  });

  it('a total adds up its partners, and keeps the original amounts beside it', () => {
    const figures = figuresFor({});
    const rows = figures.partners.reduce((sum, row) => sum + row.pipeline.total.amountMinor, 0);
    expect(figures.pipeline.total.amountMinor).toBe(rows);
    expect(figures.pipeline.originals).toEqual(
      expect.arrayContaining([
        { amountMinor: 2_000_00, currency: 'MXN' },
        { amountMinor: 80_00, currency: 'EUR' },
        { amountMinor: 40_00, currency: 'USD' },
      ]),
    );
    expect(figures.wonAmount.total).toEqual({ amountMinor: 40_00, currency: 'EUR' });
    expect(figures.conversion).toBe(0.5);
    expect(figures.tiers).toEqual({ registered: 0, silver: 1, gold: 1, platinum: 0 });
  });
});
