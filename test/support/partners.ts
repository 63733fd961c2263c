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
    country: 'US',
    city: 'Seattle',
    revenueYtd: { amountMinor: 1_250_000, currency: 'USD' },
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function onWire(partner: Partner, deleted = false): WireDocument<Partner> {
  return { ...partner, _deleted: deleted };
}
