import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMoney } from './money';

describe('formatMoney', () => {
  it.each([
    [{ amountMinor: 123456, currency: 'USD' }, 'en-US', '$1,234.56'],
    [{ amountMinor: 123456, currency: 'EUR' }, 'es-ES', '1234,56\u00a0€'],
    [{ amountMinor: 123456, currency: 'JPY' }, 'en-US', '¥123,456'],
    [{ amountMinor: -500, currency: 'GBP' }, 'en-GB', '-£5.00'],
  ])('formats %j in %s as %s', (money, locale, expected) => {
    expect(formatMoney(money, locale)).toBe(expected);
  });

  it('knows currencies without minor units', () => {
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('USD')).toBe(2);
  });
});
