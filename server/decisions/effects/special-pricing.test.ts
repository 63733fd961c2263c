import Value from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { DealSchema, type Request } from '../../../shared/schema';
import { aRequest } from '../../../test/support/scenario';
import { aDeal } from '../../../test/support/subjects';
import { authorizationIdOf, specialPricingEffect } from './special-pricing';

const at = new Date('2026-11-24T12:00:00.000Z');

describe('authorizationIdOf', () => {
  it.each([
    [1, 'SPA-2026-000001'],
    [35, 'SPA-2026-00000Z'],
    [36, 'SPA-2026-000010'],
    [36 ** 6, 'SPA-2026-1000000'],
  ])('number %d is %s', (number, id) => {
    expect(authorizationIdOf(number, at)).toBe(id);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %d', (number) => {
    expect(() => authorizationIdOf(number, at)).toThrow(/positive integer/);
  });

  it('never gives a demo id (five decimal digits) for any number', () => {
    expect(authorizationIdOf(1, at)).not.toMatch(/^SPA-\d{4}-\d{5}$/);
  });
});

describe('specialPricingEffect', () => {
  it('grants the price on the deal with the id, the discount and the time', () => {
    const deal = specialPricingEffect(
      aDeal({ registrationStatus: 'approved' }),
      aRequest({ status: 'approved', discountPercent: 8 }),
      'SPA-2026-000001',
      at,
    );
    expect(deal?.specialPricing).toEqual({
      authorizationId: 'SPA-2026-000001',
      requestId: 'request-a1',
      discountPercent: 8,
      approvedAt: '2026-11-24T12:00:00.000Z',
    });
    expect(Value.Errors(DealSchema, deal)).toEqual([]);
  });

  it.each<Request['status']>(['pending_approval', 'rejected', 'info_requested'])(
    'leaves the deal alone when the request is %s',
    (status) => {
      expect(specialPricingEffect(aDeal(), aRequest({ status }), 'SPA-2026-000001', at)).toBe(null);
    },
  );
});
