import {
  applyFactor,
  conversionFactor,
  conversionKey,
  totalsByCurrency,
  type ConversionFactor,
  type Money,
  type RateTable,
  type ReportedTotal,
} from '../rules/money';
import { DEFAULT_REPORTING_CURRENCY, type Territory } from '../schema';

/** The reporting currency and the rates to reach it, with the month keys worked out once. */
export type Reporting = {
  currency: string;
  table: RateTable;
  /** The conversion key of each currency on each date, worked out once. */
  keys: Map<string, Map<string, string>>;
  /** The factor of each conversion key (null: a rate is missing), worked out once. */
  factors: Map<string, ConversionFactor | null>;
};

export function reportingIn(currency: string, table: RateTable): Reporting {
  return { currency, table, keys: new Map(), factors: new Map() };
}

function factorOf(reporting: Reporting, key: string, currency: string, onDate: string) {
  let factor = reporting.factors.get(key);
  if (factor === undefined) {
    factor = conversionFactor(reporting.table, currency, reporting.currency, onDate) ?? null;
    reporting.factors.set(key, factor);
  }
  return factor;
}

/** Amounts of many currencies and months, added first per rate, then converted once each. */
export type MoneyBucket = Map<string, { money: Money; onDate: string }>;

/** Adds `amountMinor` of `currency` dated `onDate` (a month's first day) to the bucket. */
export function addTo(
  bucket: MoneyBucket,
  reporting: Reporting,
  currency: string,
  onDate: string,
  amountMinor: number,
): void {
  if (amountMinor === 0) return;
  let byDate = reporting.keys.get(currency);
  if (!byDate) {
    byDate = new Map();
    reporting.keys.set(currency, byDate);
  }
  let key = byDate.get(onDate);
  if (key === undefined) {
    key = conversionKey(reporting.table, currency, reporting.currency, onDate);
    byDate.set(onDate, key);
  }
  const entry = bucket.get(key);
  if (entry) entry.money.amountMinor += amountMinor;
  else bucket.set(key, { money: { amountMinor, currency }, onDate });
}

/** The bucket in the reporting currency, with its originals per currency. */
export function bucketTotal(bucket: MoneyBucket, reporting: Reporting): ReportedTotal {
  let total = 0;
  const unconverted: Money[] = [];
  for (const [key, { money, onDate }] of bucket) {
    const factor = factorOf(reporting, key, money.currency, onDate);
    if (factor) total += applyFactor(money.amountMinor, factor);
    else unconverted.push(money);
  }
  return {
    total: { amountMinor: total, currency: reporting.currency },
    originals: totalsByCurrency([...bucket.values()].map((entry) => entry.money)),
    unconverted,
  };
}

/** Totals of partners, each already in the reporting currency: adds up to what the rows show. */
export function addTotals(totals: readonly ReportedTotal[], currency: string): ReportedTotal {
  return {
    total: {
      amountMinor: totals.reduce((sum, part) => sum + part.total.amountMinor, 0),
      currency,
    },
    originals: totalsByCurrency(totals.flatMap((part) => part.originals)),
    unconverted: totals.flatMap((part) => part.unconverted),
  };
}

/** The rates the territories replicate (the store quotes every territory against one base). */
export function rateTableOf(territories: readonly Territory[]): RateTable {
  const withRates = territories.find((territory) => territory.exchangeRates.rates.length > 0);
  return withRates?.exchangeRates ?? { baseCurrency: DEFAULT_REPORTING_CURRENCY, rates: [] };
}
