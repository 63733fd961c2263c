import { describe, expect, it } from 'vitest';
import {
  routeDealRegistration,
  routeMdfPreapproval,
  routeSpecialPricing,
  routeSpiffClaim,
} from './routing';

describe('request routing', () => {
  it.each([
    [5, ['cam']],
    [10, ['cam']],
    [11, ['cam', 'regional_manager']],
    [20, ['cam', 'regional_manager']],
    [21, ['cam', 'regional_manager', 'director']],
    [30, ['cam', 'regional_manager', 'director']],
    [31, ['cam', 'regional_manager', 'director', 'finance']],
    [45, ['cam', 'regional_manager', 'director', 'finance']],
  ])('routes a %i %% discount on USD 20,000 to %j (the authority matrix)', (discount, roles) => {
    expect(routeSpecialPricing(discount, 20_000)).toEqual(roles);
  });

  // Before the workflow was data the amount was left out: 8 % on USD 106,000 ended with a CAM,
  // whose authority ends at USD 50,000, and the store now refuses such a final approval.
  it.each([
    [8, 50_000, ['cam']],
    [8, 50_000.01, ['cam', 'regional_manager']],
    [8, 106_493.48, ['cam', 'regional_manager']],
    [15, 300_000, ['cam', 'regional_manager', 'director']],
    [5, 1_200_000, ['cam', 'regional_manager', 'director', 'finance']],
  ])('routes %i %% on USD %d to %j (the amount limits)', (discount, amountUsd, roles) => {
    expect(routeSpecialPricing(discount, amountUsd)).toEqual(roles);
  });

  it.each([
    [{ amountUsd: 20_000, tier: 'registered', pricingInvolved: false }, ['cam']],
    [
      { amountUsd: 30_000, tier: 'registered', pricingInvolved: false },
      ['cam', 'regional_manager'],
    ],
    [{ amountUsd: 200_000, tier: 'platinum', pricingInvolved: false }, ['cam']],
    [
      { amountUsd: 300_000, tier: 'platinum', pricingInvolved: true },
      ['cam', 'regional_manager', 'deal_desk'],
    ],
    [{ amountUsd: 10_000, tier: 'gold', pricingInvolved: true }, ['cam', 'deal_desk']],
  ] as const)('routes the deal registration %j to %j', (deal, roles) => {
    expect(routeDealRegistration(deal)).toEqual(roles);
  });

  it('sends big MDF pre-approvals and SPIFF claims past the CAM', () => {
    expect(routeMdfPreapproval(5_000)).toEqual(['cam']);
    expect(routeMdfPreapproval(15_000)).toEqual(['cam', 'regional_manager']);
    expect(routeSpiffClaim(1_000)).toEqual(['cam']);
    expect(routeSpiffClaim(3_000)).toEqual(['cam', 'finance']);
  });
});
