import { describe, expect, it } from 'vitest';
import { compareMoneyWithinCurrency } from './money-order';

describe('money sorted within its own currency', () => {
  it('never orders two currencies by face value', () => {
    const amounts = [
      { amountMinor: 900_000_00, currency: 'ARS' },
      { amountMinor: 5_000_00, currency: 'MXN' },
      { amountMinor: 10_00, currency: 'ARS' },
      { amountMinor: 1_000_00, currency: 'MXN' },
      { amountMinor: 50_000_00, currency: 'COP' },
    ];
    const sorted = [...amounts].sort(compareMoneyWithinCurrency);
    expect(sorted.map((amount) => `${amount.currency} ${String(amount.amountMinor)}`)).toEqual([
      'ARS 1000',
      'ARS 90000000',
      'COP 5000000',
      'MXN 100000',
      'MXN 500000',
    ]);
  });
});
