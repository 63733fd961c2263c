import { describe, expect, it } from 'vitest';
import { convertToBase, formatAmount, type ExchangeRate } from './exchange-rates';

const rate = (currency: string, validOn: string, unitsPerBase: number): ExchangeRate => ({
  baseCurrency: 'USD',
  currency,
  validOn,
  unitsPerBase,
});
const rates = [
  rate('EUR', '2026-01-01', 0.92),
  rate('EUR', '2026-06-01', 0.8),
  rate('CLP', '2026-01-01', 950),
  rate('EUR', '2026-03-01', 1),
];

describe('convertToBase', () => {
  it.each([
    ['the base currency as it is', 'USD', 5_000_000, '2020-01-01', 5_000_000, null],
    ['the rate in force that day', 'EUR', 9_797_400, '2026-04-15', 9_797_400, '2026-03-01'],
    ['the rate of that very day', 'EUR', 9_797_400, '2026-01-01', 10_649_348, '2026-01-01'],
    ['the latest on or before', 'EUR', 8_000, '2026-12-31', 10_000, '2026-06-01'],
    ['a currency without cents', 'CLP', 47_500_000, '2026-05-05', 5_000_000, '2026-01-01'],
  ])('converts %s', (_case, currency, amountMinor, onDate, expected, validOn) => {
    const conversion = convertToBase({ amountMinor, currency }, 'USD', onDate, rates);
    expect(conversion).toMatchObject({ ok: true, amountMinor: expected });
    expect(conversion.ok ? (conversion.rate?.validOn ?? null) : 'no rate').toBe(validOn);
  });

  it.each([
    ['a currency with no rate', 'GBP', '2026-05-01'],
    ['a day before the first rate', 'EUR', '2025-12-31'],
  ])('answers %s with a reason, never a throw', (_case, currency, onDate) => {
    const conversion = convertToBase({ amountMinor: 100, currency }, 'USD', onDate, rates);
    expect(conversion).toEqual({
      ok: false,
      reason: `No ${currency} to USD exchange rate valid on ${onDate} is on file, so ${currency} 1 cannot be checked against an approval limit in USD.`,
    });
  });
});

describe('formatAmount', () => {
  it.each([
    [{ amountMinor: 9_797_400, currency: 'EUR' }, 'EUR 97,974'],
    [{ amountMinor: 10_649_348, currency: 'USD' }, 'USD 106,493.48'],
    [{ amountMinor: 47_500_000, currency: 'CLP' }, 'CLP 47,500,000'],
  ])('writes %j as %s', (amount, text) => {
    expect(formatAmount(amount)).toBe(text);
  });
});
