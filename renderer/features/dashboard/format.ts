import type { Money, ReportedTotal } from '../../../shared/rules/money';
import { minorDigits } from '../../../shared/rules/money';

/** Money through Intl, compact (`€1.2M`) for cards, in full for tables. */
export function formatMoneyIn(money: Money, locale: string, compact = false): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
  }).format(money.amountMinor / 10 ** minorDigits(money.currency));
}

/** The original amounts behind a total, currency by currency: `MXN 1.2M · COP 3.4B`. */
export function formatOriginals(total: ReportedTotal, locale: string): string {
  return total.originals.map((money) => formatMoneyIn(money, locale, true)).join(' · ');
}

export function formatPercent(share: number | null, locale: string): string {
  if (share === null) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    share,
  );
}

export function formatCount(value: number, locale: string, digits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}
