import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealStages, registrationStatuses, type Contact, type Deal, type Request } from '../schema';
import {
  applyDealChange,
  computeTerritoryRollup,
  monthIndex,
  rollupWindowEnding,
  type RollupSources,
} from './territory-rollup';

const window = rollupWindowEnding('2026-11-30T12:00:00.000Z', 24);
const computedAt = '2026-11-30T12:00:00.000Z';
const partnerIds = ['partner-a', 'partner-b', 'partner-c'];

function aDeal(overrides: Partial<Deal> & Pick<Deal, 'id'>): Deal {
  return {
    partnerId: 'partner-a',
    territoryId: 'territory-a',
    endCustomer: { name: 'Acme', domain: 'acme.example', country: 'MX' },
    lines: [{ productId: 'p1', quantity: 1, unitPrice: { amountMinor: 100, currency: 'USD' } }],
    amount: { amountMinor: 100_00, currency: 'USD' },
    stage: 'proposal',
    registrationStatus: 'submitted',
    rejectionReason: null,
    registeredAt: '2026-10-05T10:00:00.000Z',
    protectionExpiresAt: null,
    expectedCloseAt: '2027-01-05T10:00:00.000Z',
    crmOpportunityId: null,
    conflictsWith: [],
    specialPricing: null,
    updatedAt: computedAt,
    ...overrides,
  };
}

const noSources: RollupSources = {
  partnerIds,
  deals: [],
  requests: [],
  funds: [],
  contacts: [],
  performance: [],
};

const partnerOf = (sources: RollupSources, partnerId: string) =>
  computeTerritoryRollup(sources, window, computedAt).partners.find(
    (partner) => partner.partnerId === partnerId,
  );

describe('what a deal counts for in its registration month', () => {
  const october = monthIndex(window, '2026-10-01');
  it.each([
    [
      'an open registration',
      {},
      { registered: 1, approved: 0, won: 0, won$: 0, pipeline$: 100_00 },
    ],
    [
      'a draft',
      { registrationStatus: 'draft' },
      { registered: 0, approved: 0, won: 0, won$: 0, pipeline$: 100_00 },
    ],
    [
      'an approved one',
      { registrationStatus: 'approved' },
      { registered: 1, approved: 1, won: 0, won$: 0, pipeline$: 100_00 },
    ],
    [
      'a won deal',
      { stage: 'closed_won', registrationStatus: 'approved' },
      { registered: 1, approved: 1, won: 1, won$: 100_00, pipeline$: 0 },
    ],
    [
      'a lost deal',
      { stage: 'closed_lost' },
      { registered: 1, approved: 0, won: 0, won$: 0, pipeline$: 0 },
    ],
  ] as const)('%s', (_case, overrides, expected) => {
    const partner = partnerOf(
      { ...noSources, deals: [aDeal({ id: 'd1', ...overrides })] },
      'partner-a',
    );
    const lane = partner?.lanes.find((candidate) => candidate.currency === 'USD');
    expect({
      registered: partner?.registered[october],
      approved: partner?.approved[october],
      won: partner?.won[october],
      won$: lane?.wonMinor[october] ?? 0,
      pipeline$: lane?.pipelineMinor[october] ?? 0,
    }).toEqual(expected);
  });

  it('a deal registered before the window counts for nothing', () => {
    const partner = partnerOf(
      { ...noSources, deals: [aDeal({ id: 'd1', registeredAt: '2024-11-30T10:00:00.000Z' })] },
      'partner-a',
    );
    expect(partner?.registered.every((count) => count === 0)).toBe(true);
    expect(partner?.lanes).toEqual([]);
  });
});

describe('requests and contacts', () => {
  const request = (status: Request['status'], hours: number, slaHours: number) =>
    ({
      partnerId: 'partner-b',
      status,
      slaHours,
      submittedAt: '2026-11-01T00:00:00.000Z',
      steps: [
        {
          decidedAt: new Date(
            Date.parse('2026-11-01T00:00:00.000Z') + hours * 3_600_000,
          ).toISOString(),
        },
      ],
    }) as unknown as Request;
  it('turnaround and SLA by the month of the last decision; waiting requests count for nothing', () => {
    const partner = partnerOf(
      {
        ...noSources,
        requests: [
          request('approved', 30, 48),
          request('rejected', 60, 48),
          request('submitted', 5, 48),
        ],
      },
      'partner-b',
    );
    const november = monthIndex(window, '2026-11-01');
    expect(partner?.decided[november]).toBe(2);
    expect(partner?.decidedInSla[november]).toBe(1);
    expect(partner?.turnaroundHours[november]).toBe(90);
  });

  it('a contact is certified while one certification has not expired', () => {
    const contact = (expiresAt: string | null) =>
      ({
        partnerId: 'partner-c',
        certifications: [{ name: 'x', earnedAt: '2025-01-01T00:00:00.000Z', expiresAt }],
      }) as unknown as Contact;
    const partner = partnerOf(
      {
        ...noSources,
        contacts: [
          contact(null),
          contact('2027-01-01T00:00:00.000Z'),
          contact('2026-01-01T00:00:00.000Z'),
        ],
      },
      'partner-c',
    );
    expect([partner?.contacts, partner?.certifiedContacts]).toEqual([3, 2]);
  });
});

const dealArbitrary = (id: string) =>
  fc.record({
    id: fc.constant(id),
    partnerId: fc.constantFrom(...partnerIds),
    stage: fc.constantFrom(...dealStages),
    registrationStatus: fc.constantFrom(...registrationStatuses),
    amount: fc.record({
      amountMinor: fc.integer({ min: 0, max: 1_000_000_000 }),
      currency: fc.constantFrom('USD', 'EUR', 'MXN'),
    }),
    // From before the window to after it.
    registeredAt: fc
      .integer({ min: Date.parse('2024-06-01'), max: Date.parse('2027-02-01') })
      .map((ms) => new Date(ms).toISOString()),
  });

const change = fc.oneof(
  fc.record({
    kind: fc.constant('put' as const),
    deal: fc.integer({ min: 0, max: 7 }).chain((n) => dealArbitrary(`deal-${String(n)}`)),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    id: fc.integer({ min: 0, max: 7 }).map((n) => `deal-${String(n)}`),
  }),
);

describe('the rollup kept up to date deal by deal', () => {
  it('always equals a full recomputation from the raw deals', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.integer({ min: 0, max: 7 }), { maxLength: 8 })
          .chain((ids) =>
            fc.tuple(
              fc.tuple(...ids.map((n) => dealArbitrary(`deal-${String(n)}`))),
              fc.array(change, { maxLength: 30 }),
            ),
          ),
        ([initialFields, changes]) => {
          const deals = new Map<string, Deal>(
            initialFields.map((fields) => [fields.id, aDeal(fields)]),
          );
          let rollup = computeTerritoryRollup(
            { ...noSources, deals: [...deals.values()] },
            window,
            computedAt,
          );
          for (const step of changes) {
            if (step.kind === 'put') {
              const next = aDeal(step.deal);
              rollup = applyDealChange(rollup, deals.get(next.id) ?? null, next);
              deals.set(next.id, next);
            } else {
              rollup = applyDealChange(rollup, deals.get(step.id) ?? null, null);
              deals.delete(step.id);
            }
          }
          expect(rollup).toEqual(
            computeTerritoryRollup(
              { ...noSources, deals: [...deals.values()] },
              window,
              computedAt,
            ),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves the rollup it was given as it was', () => {
    const before = computeTerritoryRollup(
      { ...noSources, deals: [aDeal({ id: 'd1' })] },
      window,
      computedAt,
    );
    const copy = JSON.parse(JSON.stringify(before)) as typeof before;
    applyDealChange(before, aDeal({ id: 'd1' }), aDeal({ id: 'd1', stage: 'closed_won' }));
    expect(before).toEqual(copy);
  });
});
