import { monthNumber, monthText } from '../rules/territory-rollup';

export const periodKeys = [
  'last_3_months',
  'last_6_months',
  'last_12_months',
  'year_to_date',
  'previous_year',
] as const;
export type PeriodKey = (typeof periodKeys)[number];

/** Months as numbers (year × 12 + month − 1), both ends included. */
export type MonthRange = { first: number; last: number };

/** The months of a period, counted back from the month of `today` (an ISO date or instant). */
export function periodRange(period: PeriodKey, today: string): MonthRange {
  const current = monthNumber(today);
  const yearStart = current - (current % 12);
  switch (period) {
    case 'last_3_months':
      return { first: current - 2, last: current };
    case 'last_6_months':
      return { first: current - 5, last: current };
    case 'last_12_months':
      return { first: current - 11, last: current };
    case 'year_to_date':
      return { first: yearStart, last: current };
    case 'previous_year':
      return { first: yearStart - 12, last: yearStart - 1 };
  }
}

/** The same number of months just before: what a trend compares with. */
export function priorRange(range: MonthRange): MonthRange {
  const length = range.last - range.first + 1;
  return { first: range.first - length, last: range.first - 1 };
}

const monthStarts = new Map<number, string>();

/** The first day of a month, the date its amounts are converted at (remembered). */
export function monthStart(month: number): string {
  let start = monthStarts.get(month);
  if (start === undefined) {
    start = `${monthText(month)}-01`;
    monthStarts.set(month, start);
  }
  return start;
}

export function monthsOf(range: MonthRange): number[] {
  const months: number[] = [];
  for (let month = range.first; month <= range.last; month += 1) months.push(month);
  return months;
}
