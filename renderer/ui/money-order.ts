import type { Static } from 'typebox';
import type { Money } from '../../shared/schema/primitives';

type Amount = Static<typeof Money>;

/**
 * Orders amounts within their own currency only: currencies first (by code), then the amount.
 * Without a reporting currency and its rates, ARS and MXN are never compared by face value;
 * a sort by amount therefore lists each currency's amounts together, smallest to largest.
 */
export function compareMoneyWithinCurrency(a: Amount, b: Amount): number {
  if (a.currency !== b.currency) return a.currency < b.currency ? -1 : 1;
  return a.amountMinor - b.amountMinor;
}

/**
 * Orders amounts by their value in the reporting currency (`reported`, converted at the rate
 * of their date). An amount with no rate to convert it comes after every converted one, and
 * those are ordered within their own currency; with no rates at all, that is every amount.
 */
export function compareInReporting(
  a: Amount,
  aReported: Amount | null,
  b: Amount,
  bReported: Amount | null,
): number {
  if (aReported && bReported) {
    return aReported.amountMinor - bReported.amountMinor || compareMoneyWithinCurrency(a, b);
  }
  if (aReported || bReported) return aReported ? -1 : 1;
  return compareMoneyWithinCurrency(a, b);
}
