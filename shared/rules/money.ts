import type { Static } from 'typebox';
import { currencyDigits } from '../format/money';
import type { Money as MoneySchema } from '../schema/primitives';

export type Money = Static<typeof MoneySchema>;

/** From `validOn` on (until a later date's rate), one unit of the base buys `unitsPerBase`. */
export type DatedRate = { currency: string; validOn: string; unitsPerBase: number };

/** Every dated rate to one base currency, as the territory document carries them. */
export type RateTable = { baseCurrency: string; rates: readonly DatedRate[] };

/** An amount and the day whose rate converts it (a deal's registration, a month's end). */
export type DatedAmount = { money: Money; onDate: string };

/** A total in the reporting currency, the originals per currency, and what had no rate. */
export type ReportedTotal = {
  total: Money;
  originals: Money[];
  unconverted: Money[];
};

const digitsCache = new Map<string, number>();

/** currencyDigits, remembered: Intl is slow to ask for every amount of a dashboard. */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = currencyDigits(currency);
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** A positive decimal as an exact fraction `numerator / 10^scale` (1.37 → 137 / 10^2). */
function exactDecimal(value: number): { numerator: bigint; denominator: bigint } {
  const [mantissa = '0', exponentText = '0'] = String(value).toLowerCase().split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(`${whole}${fraction}`);
  return exponent >= 0
    ? { numerator: digits * 10n ** BigInt(exponent), denominator: 1n }
    : { numerator: digits, denominator: 10n ** BigInt(-exponent) };
}

/** numerator / denominator rounded half away from zero, exactly. */
function roundedQuotient(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

/** Units of `currency` per unit of the base on `onDate` (the latest rate on or before it). */
export function unitsPerBaseOn(
  table: RateTable,
  currency: string,
  onDate: string,
): number | undefined {
  if (currency === table.baseCurrency) return 1;
  let found: DatedRate | undefined;
  for (const rate of table.rates) {
    if (rate.currency !== currency || rate.validOn > onDate) continue;
    if (!found || rate.validOn > found.validOn) found = rate;
  }
  return found && found.unitsPerBase > 0 ? found.unitsPerBase : undefined;
}

/**
 * A key that two days share exactly when converting `currency` into `target` uses the same
 * rates on both: amounts under one key can be added first and converted once.
 */
export function conversionKey(
  table: RateTable,
  currency: string,
  target: string,
  onDate: string,
): string {
  const from = unitsPerBaseOn(table, currency, onDate);
  const to = unitsPerBaseOn(table, target, onDate);
  return `${currency}>${target}@${String(from)}/${String(to)}`;
}

/** What converting between two currencies on a day multiplies by, as an exact fraction. */
export type ConversionFactor = { numerator: bigint; denominator: bigint };

/**
 * The factor from `currency` to `target` at the rates valid on `onDate` (through the table's
 * base when neither is the base), minor units to minor units. Undefined when a rate is missing.
 */
export function conversionFactor(
  table: RateTable,
  currency: string,
  target: string,
  onDate: string,
): ConversionFactor | undefined {
  if (currency === target) return { numerator: 1n, denominator: 1n };
  const fromRate = unitsPerBaseOn(table, currency, onDate);
  const toRate = unitsPerBaseOn(table, target, onDate);
  if (fromRate === undefined || toRate === undefined) return undefined;
  const from = exactDecimal(fromRate);
  const to = exactDecimal(toRate);
  const shift = minorDigits(target) - minorDigits(currency);
  // amount × 10^shift × to / from, as one fraction of integers.
  let numerator = to.numerator * from.denominator;
  let denominator = to.denominator * from.numerator;
  if (shift >= 0) numerator *= 10n ** BigInt(shift);
  else denominator *= 10n ** BigInt(-shift);
  return { numerator, denominator };
}

/**
 * `amountMinor` times the factor, rounded once, half away from zero. Exact: in plain numbers
 * while every intermediate stays a safe integer (a remainder, never a float quotient), in BigInt
 * beyond.
 */
export function applyFactor(amountMinor: number, factor: ConversionFactor): number {
  const numerator = Number(factor.numerator);
  const denominator = Number(factor.denominator);
  const magnitude = Math.abs(amountMinor) * numerator;
  const twice = 2 * magnitude + denominator;
  if (
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(2 * denominator) &&
    Number.isSafeInteger(twice)
  ) {
    const rounded = (twice - (twice % (2 * denominator))) / (2 * denominator);
    return amountMinor < 0 ? -rounded : rounded;
  }
  return Number(roundedQuotient(BigInt(amountMinor) * factor.numerator, factor.denominator));
}

/**
 * `money` in `currency` at the rates valid on `onDate`, rounded once to the nearest minor unit
 * with integer arithmetic, so a sum of conversions never drifts. Undefined when a rate is
 * missing.
 */
export function convertMoney(
  money: Money,
  currency: string,
  onDate: string,
  table: RateTable,
): Money | undefined {
  if (money.currency === currency) return money;
  const factor = conversionFactor(table, money.currency, currency, onDate);
  if (!factor) return undefined;
  return { amountMinor: applyFactor(money.amountMinor, factor), currency };
}

/** Sums per currency, in the order each currency first appears. */
export function totalsByCurrency(amounts: readonly Money[]): Money[] {
  const totals = new Map<string, number>();
  for (const { amountMinor, currency } of amounts) {
    totals.set(currency, (totals.get(currency) ?? 0) + amountMinor);
  }
  return [...totals].map(([currency, amountMinor]) => ({ amountMinor, currency }));
}

/**
 * The sum of `amounts` in `reportingCurrency`: each converted at its own day's rate, then added
 * as integers. Amounts without a rate are left out of the total and listed, never guessed.
 */
export function sumInReporting(
  amounts: readonly DatedAmount[],
  reportingCurrency: string,
  table: RateTable,
): ReportedTotal {
  let total = 0;
  const unconverted: Money[] = [];
  for (const { money, onDate } of amounts) {
    const converted = convertMoney(money, reportingCurrency, onDate, table);
    if (converted) total += converted.amountMinor;
    else unconverted.push(money);
  }
  return {
    total: { amountMinor: total, currency: reportingCurrency },
    originals: totalsByCurrency(amounts.map((amount) => amount.money)),
    unconverted,
  };
}

/**
 * `items` ordered by their amount in `reportingCurrency`, largest first (a sort across ARS, COP
 * and MXN by face value would be meaningless). Items with no rate go last, in their given order.
 */
export function rankInReporting<Item>(
  items: readonly Item[],
  amountOf: (item: Item) => DatedAmount,
  reportingCurrency: string,
  table: RateTable,
): Item[] {
  const keyed = items.map((item, index) => {
    const { money, onDate } = amountOf(item);
    const converted = convertMoney(money, reportingCurrency, onDate, table);
    return { item, index, value: converted?.amountMinor };
  });
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      return a.value === b.value ? a.index - b.index : a.value === undefined ? 1 : -1;
    }
    return b.value - a.value || a.index - b.index;
  });
  return keyed.map((entry) => entry.item);
}
