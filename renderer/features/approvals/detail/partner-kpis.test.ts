import { describe, expect, it } from 'vitest';
import type { MonthlyPerformance, Performance } from '../../../../shared/schema';
import { partnerKpis } from './partner-kpis';

const now = new Date('2026-11-20T10:00:00.000Z');

function month(number: number, revenueMinor: number, won = 0, lost = 0): MonthlyPerformance {
  return {
    month: number,
    revenueMinor,
    pipelineMinor: 0,
    dealsRegistered: won + lost,
    dealsWon: won,
    dealsLost: lost,
    mdfSpendMinor: 0,
    certifiedContacts: 0,
  };
}

function year(value: number, months: MonthlyPerformance[], currency = 'USD'): Performance {
  return {
    id: `performance-p1-${value}`,
    partnerId: 'partner-p1',
    territoryId: 'territory-a',
    year: value,
    currency,
    months,
    updatedAt: now.toISOString(),
  };
}

const everyMonth = (revenue: (month: number) => number) =>
  Array.from({ length: 12 }, (_, index) => month(index + 1, revenue(index + 1)));

describe('partnerKpis', () => {
  it('adds the last 6 and 12 months up to this month, across a year boundary', () => {
    // 2025: 100 a month; 2026: 200 a month (Dec 2026 not reached yet, but present).
    const kpis = partnerKpis(
      [
        year(
          2025,
          everyMonth(() => 100),
        ),
        year(
          2026,
          everyMonth(() => 200),
        ),
      ],
      now,
    );
    // Last 6: Jun-Nov 2026 = 6 × 200; last 12: Dec 2025 (100) + Jan-Nov 2026 (11 × 200).
    expect(kpis?.revenueLast6).toEqual({ amountMinor: 1200, currency: 'USD' });
    expect(kpis?.revenueLast12).toEqual({ amountMinor: 2300, currency: 'USD' });
    expect(kpis?.monthsKnown).toBe(12);
  });

  it.each([
    { name: 'growth', before: 100, after: 150, trend: 0.5 },
    { name: 'decline', before: 200, after: 50, trend: -0.75 },
    { name: 'flat', before: 80, after: 80, trend: 0 },
    { name: 'no base to compare with', before: 0, after: 80, trend: null },
  ])('trend: $name', ({ before, after, trend }) => {
    // Dec 2025-May 2026 are the 6 before; Jun-Nov 2026 the last 6.
    const revenue = (value: number) => (value <= 5 ? before : after);
    const documents = [year(2025, [month(12, before)]), year(2026, everyMonth(revenue))];
    expect(partnerKpis(documents, now)?.trend).toBe(trend);
  });

  it.each([
    { name: 'won of decided', months: [month(3, 0, 3, 1), month(9, 0, 1, 3)], rate: 0.5 },
    { name: 'none decided', months: [month(3, 0, 0, 0)], rate: null },
    { name: 'only losses', months: [month(3, 0, 0, 2)], rate: 0 },
  ])('win rate: $name', ({ months, rate }) => {
    expect(partnerKpis([year(2026, months)], now)?.winRate).toBe(rate);
  });

  it('leaves out months older than 12 for the win rate and revenue', () => {
    const kpis = partnerKpis(
      [year(2025, [month(11, 999, 5, 0)]), year(2026, [month(11, 10, 0, 1)])],
      now,
    );
    expect(kpis?.revenueLast12.amountMinor).toBe(10);
    expect(kpis?.winRate).toBe(0);
  });

  it('adds no figures kept in another currency', () => {
    const kpis = partnerKpis(
      [
        year(
          2025,
          everyMonth(() => 7),
          'EUR',
        ),
        year(2026, [month(10, 5)]),
      ],
      now,
    );
    expect(kpis?.revenueLast12).toEqual({ amountMinor: 5, currency: 'USD' });
  });

  it('is null with no figures on this device', () => {
    expect(partnerKpis([], now)).toBeNull();
  });
});
