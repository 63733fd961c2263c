import type { Deal, Request } from '../../../shared/schema';

/** Width of the sequence part: never the demo data's five decimal digits (requests-deals.ts). */
const SEQUENCE_WIDTH = 6;

/**
 * The authorisation id of the `number`th special price the store granted: `SPA-<year>-<base36>`.
 * The number comes from the store's own sequence, so one store never issues an id twice.
 */
export function authorizationIdOf(number: number, at: Date): string {
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new Error(`An authorisation number is a positive integer, not ${number}`);
  }
  const sequence = number.toString(36).toUpperCase().padStart(SEQUENCE_WIDTH, '0');
  return `SPA-${at.getUTCFullYear()}-${sequence}`;
}

/**
 * What a final decision on a special-pricing request does to its deal: an approval grants the
 * price and records the authorisation id the later rebate or ship-and-debit claim must quote;
 * a rejection or a forwarding approval leaves the deal as it was (null: nothing to write).
 */
export function specialPricingEffect(
  deal: Deal,
  decided: Request,
  authorizationId: string,
  at: Date,
): Deal | null {
  if (decided.status !== 'approved') return null;
  return {
    ...deal,
    specialPricing: {
      authorizationId,
      requestId: decided.id,
      discountPercent: decided.discountPercent ?? 0,
      approvedAt: at.toISOString(),
    },
  };
}
