import type { Partner } from '../../shared/schema';
import type { WireDocument } from '../../shared/sync/protocol';

export function aPartner(overrides: Partial<Partner> = {}): Partner {
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

export function onWire(partner: Partner, deleted = false): WireDocument<Partner> {
  return { ...partner, _deleted: deleted };
}
