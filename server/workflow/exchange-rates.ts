import { currencyDigits } from '../../shared/format/money';
import type { Static } from 'typebox';
import type { Money as MoneySchema } from '../../shared/schema';

type Money = Static<typeof MoneySchema>;

/** How many units of `currency` one unit of the base currency bought from `validOn` on. */
export type ExchangeRate = {
  baseCurrency: string;
  currency: string;
  validOn: string;
  unitsPerBase: number;
};

export type Conversion =
  { ok: true; amountMinor: number; rate: ExchangeRate | null } | { ok: false; reason: string };

/** The latest rate on or before `onDate` (YYYY-MM-DD), or undefined when none is on file. */
export function rateOn(
  rates: readonly ExchangeRate[],
  baseCurrency: string,
  currency: string,
  onDate: string,
): ExchangeRate | undefined {
  let found: ExchangeRate | undefined;
  for (const rate of rates) {
    if (rate.baseCurrency !== baseCurrency || rate.currency !== currency) continue;
    if (rate.validOn > onDate) continue;
    if (!found || rate.validOn > found.validOn) found = rate;
  }
  return found;
}

/**
 * `amount` in minor units of `baseCurrency` at the rate valid on `onDate`, rounded to the
 * nearest minor unit. A missing rate is an answer with a reason a person can read, not a throw:
 * a judgement must never fail a push.
 */
export function convertToBase(
  amount: Money,
  baseCurrency: string,
  onDate: string,
  rates: readonly ExchangeRate[],
): Conversion {
  if (amount.currency === baseCurrency) {
    return { ok: true, amountMinor: amount.amountMinor, rate: null };
  }
  const rate = rateOn(rates, baseCurrency, amount.currency, onDate);
  if (!rate || !(rate.unitsPerBase > 0)) {
    return {
      ok: false,
      reason: `No ${amount.currency} to ${baseCurrency} exchange rate valid on ${onDate} is on file, so ${formatAmount(amount)} cannot be checked against an approval limit in ${baseCurrency}.`,
    };
  }
  // One division, from integers where possible, so amounts at a limit land on it exactly.
  const scale = 10 ** (currencyDigits(baseCurrency) - currencyDigits(amount.currency));
  return {
    ok: true,
    amountMinor: Math.round((amount.amountMinor * scale) / rate.unitsPerBase),
    rate,
  };
}

/** `EUR 97,974` or `USD 106,493.48`: the code and the figure, cents only when there are any. */
export function formatAmount(amount: Money): string {
  const digits = currencyDigits(amount.currency);
  const value = amount.amountMinor / 10 ** digits;
  const fraction = Number.isInteger(value) ? 0 : digits;
  const figure = value.toLocaleString('en-US', {
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction,
  });
  return `${amount.currency} ${figure}`;
}
