import type { Performance } from '../../../../shared/schema';

type Money = { amountMinor: number; currency: string };

/** What the panel shows of a partner's performance, in the partner's own currency. */
export type PartnerKpis = {
  revenueLast6: Money;
  revenueLast12: Money;
  /** Last 6 months against the 6 before them, as a fraction (0.12 is +12 %); null with no base. */
  trend: number | null;
  /** Deals won of those decided (won or lost) in the last 12 months; null when none were. */
  winRate: number | null;
  /** Months of the last 12 the device holds figures for. */
  monthsKnown: number;
};

/** A month as one number (year × 12 + month − 1), so months count and compare. */
const monthNumber = (year: number, month: number) => year * 12 + month - 1;

/**
 * The partner's KPIs for the 12 months up to and including the month of `now` (UTC), from its
 * yearly performance documents. Figures in another currency than the latest document's are left
 * out rather than added as if they were the same money.
 */
export function partnerKpis(documents: readonly Performance[], now: Date): PartnerKpis | null {
  const latest = [...documents].sort((a, b) => b.year - a.year)[0];
  if (!latest) return null;
  const currency = latest.currency;
  const current = monthNumber(now.getUTCFullYear(), now.getUTCMonth() + 1);
  // Revenue by months ago (0 is this month) over the last 24 months, for the trend's base too.
  const revenue = new Array<number>(24).fill(0);
  let won = 0;
  let decided = 0;
  let monthsKnown = 0;
  for (const document of documents) {
    if (document.currency !== currency) continue;
    for (const month of document.months) {
      const ago = current - monthNumber(document.year, month.month);
      if (ago < 0 || ago >= 24) continue;
      revenue[ago] = (revenue[ago] ?? 0) + month.revenueMinor;
      if (ago < 12) {
        monthsKnown += 1;
        won += month.dealsWon;
        decided += month.dealsWon + month.dealsLost;
      }
    }
  }
  const sum = (from: number, to: number) =>
    revenue.slice(from, to).reduce((total, value) => total + value, 0);
  const last6 = sum(0, 6);
  const previous6 = sum(6, 12);
  return {
    revenueLast6: { amountMinor: last6, currency },
    revenueLast12: { amountMinor: sum(0, 12), currency },
    trend: previous6 > 0 ? (last6 - previous6) / previous6 : null,
    winRate: decided > 0 ? won / decided : null,
    monthsKnown,
  };
}
