import { describe, expect, it } from 'vitest';
import { compareInReporting, compareMoneyWithinCurrency } from './money-order';

const money = (currency: string, amountMinor: number) => ({ currency, amountMinor });
const label = (amount: { currency: string; amountMinor: number }) =>
  `${amount.currency} ${String(amount.amountMinor)}`;

describe('money sorted within its own currency', () => {
  it('never orders two currencies by face value', () => {
    const amounts = [
      money('ARS', 900_000_00),
      money('MXN', 5_000_00),
      money('ARS', 10_00),
      money('MXN', 1_000_00),
      money('COP', 50_000_00),
    ];
    const sorted = [...amounts].sort(compareMoneyWithinCurrency);
    expect(sorted.map(label)).toEqual([
      'ARS 1000',
      'ARS 90000000',
      'COP 5000000',
      'MXN 100000',
      'MXN 500000',
    ]);
  });
});

describe('money sorted in the reporting currency', () => {
  // ARS 900,000 is worth EUR 900; MXN 5,000 is worth EUR 250: face value would put ARS last.
  const rows = [
    { amount: money('ARS', 900_000_00), reported: money('EUR', 900_00) },
    { amount: money('MXN', 5_000_00), reported: money('EUR', 250_00) },
    { amount: money('COP', 1_000_00), reported: null },
    { amount: money('EUR', 500_00), reported: money('EUR', 500_00) },
    { amount: money('BRL', 10_00), reported: null },
  ];

  it('orders by converted value, the unconvertible last within their currency', () => {
    const sorted = [...rows].sort((a, b) =>
      compareInReporting(a.amount, a.reported, b.amount, b.reported),
    );
    expect(sorted.map((row) => label(row.amount))).toEqual([
      'MXN 500000',
      'EUR 50000',
      'ARS 90000000',
      'BRL 1000',
      'COP 100000',
    ]);
  });

  it('with no rates at all, orders within each currency only', () => {
    const unconverted = rows.map((row) => ({ ...row, reported: null }));
    const sorted = [...unconverted].sort((a, b) =>
      compareInReporting(a.amount, a.reported, b.amount, b.reported),
    );
    expect(sorted.map((row) => row.amount.currency)).toEqual(['ARS', 'BRL', 'COP', 'EUR', 'MXN']);
  });
});
