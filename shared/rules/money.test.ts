import { describe, expect, it } from 'vitest';
import {
  applyFactor,
  conversionKey,
  convertMoney,
  rankInReporting,
  sumInReporting,
  totalsByCurrency,
  unitsPerBaseOn,
  type Money,
  type RateTable,
} from './money';

const table: RateTable = {
  baseCurrency: 'USD',
  rates: [
    { currency: 'EUR', validOn: '2015-01-01', unitsPerBase: 0.92 },
    { currency: 'EUR', validOn: '2026-07-01', unitsPerBase: 0.8 },
    { currency: 'MXN', validOn: '2015-01-01', unitsPerBase: 18.5 },
    { currency: 'ARS', validOn: '2015-01-01', unitsPerBase: 1000 },
    { currency: 'COP', validOn: '2015-01-01', unitsPerBase: 4000 },
    { currency: 'CLP', validOn: '2015-01-01', unitsPerBase: 950 },
  ],
};

const money = (amountMinor: number, currency: string): Money => ({ amountMinor, currency });

describe('the rate of a day', () => {
  it.each([
    ['USD', '2020-01-01', 1],
    ['EUR', '2014-12-31', undefined],
    ['EUR', '2015-01-01', 0.92],
    ['EUR', '2026-06-30', 0.92],
    ['EUR', '2026-07-01', 0.8],
    ['EUR', '2027-01-01', 0.8],
    ['GBP', '2026-01-01', undefined],
  ] as const)('%s on %s: %s per USD', (currency, onDate, expected) => {
    expect(unitsPerBaseOn(table, currency, onDate)).toBe(expected);
  });
});

describe('converting an amount', () => {
  it.each([
    ['same currency', money(12_345, 'EUR'), 'EUR', '2026-01-01', money(12_345, 'EUR')],
    ['to the base', money(92_00, 'EUR'), 'USD', '2026-01-01', money(100_00, 'USD')],
    ['from the base', money(100_00, 'USD'), 'MXN', '2026-01-01', money(1850_00, 'MXN')],
    ['at the later rate', money(80_00, 'EUR'), 'USD', '2026-07-01', money(100_00, 'USD')],
    ['cross, through the base', money(1850_00, 'MXN'), 'EUR', '2026-01-01', money(92_00, 'EUR')],
    ['into a currency without cents', money(1_00, 'USD'), 'CLP', '2026-01-01', money(950, 'CLP')],
    ['out of one without cents', money(950, 'CLP'), 'USD', '2026-01-01', money(1_00, 'USD')],
    ['half a cent rounds away from zero', money(5_00, 'ARS'), 'USD', '2026-01-01', money(1, 'USD')],
    ['below half a cent rounds down', money(4_99, 'ARS'), 'USD', '2026-01-01', money(0, 'USD')],
    ['negative half rounds away', money(-5_00, 'ARS'), 'USD', '2026-01-01', money(-1, 'USD')],
    [
      'a large amount stays exact (COP has no minor digits)',
      money(999_999_999_999_900, 'COP'),
      'USD',
      '2026-01-01',
      money(24_999_999_999_998, 'USD'),
    ],
  ] as const)('%s', (_case, amount, to, onDate, expected) => {
    expect(convertMoney(amount, to, onDate, table)).toEqual(expected);
  });

  it.each([
    ['no rate for the currency', money(1_00, 'GBP'), 'USD', '2026-01-01'],
    ['no rate yet on that day', money(1_00, 'EUR'), 'USD', '2014-06-01'],
    ['no rate for the target', money(1_00, 'USD'), 'GBP', '2026-01-01'],
  ] as const)('%s: no answer', (_case, amount, to, onDate) => {
    expect(convertMoney(amount, to, onDate, table)).toBeUndefined();
  });
});

describe('totals across currencies', () => {
  it('adds each amount at its own date, in integers, and keeps the originals', () => {
    const result = sumInReporting(
      [
        { money: money(92_00, 'EUR'), onDate: '2026-01-01' },
        { money: money(80_00, 'EUR'), onDate: '2026-08-01' },
        { money: money(1850_00, 'MXN'), onDate: '2026-01-01' },
        { money: money(1_00, 'GBP'), onDate: '2026-01-01' },
      ],
      'USD',
      table,
    );
    expect(result.total).toEqual(money(300_00, 'USD'));
    expect(result.originals).toEqual([
      money(172_00, 'EUR'),
      money(1850_00, 'MXN'),
      money(1_00, 'GBP'),
    ]);
    expect(result.unconverted).toEqual([money(1_00, 'GBP')]);
  });

  it('ten thousand cents add to exactly one hundred dollars', () => {
    const amounts = Array.from({ length: 10_000 }, () => ({
      money: money(1, 'USD'),
      onDate: '2026-01-01',
    }));
    expect(sumInReporting(amounts, 'USD', table).total).toEqual(money(100_00, 'USD'));
  });

  it('sums per currency in order of appearance', () => {
    expect(totalsByCurrency([money(1, 'ARS'), money(2, 'COP'), money(3, 'ARS')])).toEqual([
      money(4, 'ARS'),
      money(2, 'COP'),
    ]);
  });
});

describe('ranking across currencies', () => {
  it.each([
    [
      'face value would put ARS first; the reporting currency does not',
      [money(100_000_00, 'ARS'), money(2_000_00, 'USD'), money(18_500_00, 'MXN')],
      ['USD 200000', 'MXN 1850000', 'ARS 10000000'],
    ],
    [
      'a missing rate goes last, ties keep their order',
      [money(1_00, 'GBP'), money(92_00, 'EUR'), money(100_00, 'USD')],
      ['EUR 9200', 'USD 10000', 'GBP 100'],
    ],
  ] as const)('%s', (_case, amounts, expected) => {
    const ranked = rankInReporting(
      amounts,
      (amount) => ({ money: amount, onDate: '2026-01-01' }),
      'USD',
      table,
    );
    expect(ranked.map((amount) => `${amount.currency} ${amount.amountMinor}`)).toEqual(expected);
  });
});

describe('amounts that convert alike', () => {
  it.each([
    ['the same rates on both days', 'EUR', '2016-01-01', '2026-06-30', true],
    ['a new EUR rate between them', 'EUR', '2026-06-30', '2026-07-01', false],
    ['MXN to EUR changes when EUR does', 'MXN', '2026-06-30', '2026-07-01', false],
  ] as const)('%s: one key %s', (_case, currency, first, second, same) => {
    const target = currency === 'EUR' ? 'USD' : 'EUR';
    expect(
      conversionKey(table, currency, target, first) ===
        conversionKey(table, currency, target, second),
    ).toBe(same);
  });
});

describe('the factor applied in numbers and in BigInt', () => {
  it.each([
    [5, { numerator: 1n, denominator: 10n }, 1],
    [4, { numerator: 1n, denominator: 10n }, 0],
    [-5, { numerator: 1n, denominator: 10n }, -1],
    [15, { numerator: 1n, denominator: 10n }, 2],
    // Beyond safe integers: the BigInt path, exactly.
    [999_999_999_999_999, { numerator: 3n, denominator: 7n }, 428_571_428_571_428],
    [2 ** 52, { numerator: 1_000_001n, denominator: 1_000_000n }, 4_503_604_130_970_123],
  ] as const)('%d × %o → %d', (amount, factor, expected) => {
    expect(applyFactor(amount, factor)).toBe(expected);
    const exact =
      (BigInt(amount) * factor.numerator * 2n + factor.denominator * (amount < 0 ? -1n : 1n)) /
      (2n * factor.denominator);
    expect(BigInt(applyFactor(amount, factor))).toBe(exact);
  });
});
