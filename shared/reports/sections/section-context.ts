import type { DashboardFigures } from '../../figures/dashboard-figures';
import { monthStart, type MonthRange } from '../../figures/dashboard-period';
import type { Reporting } from '../../figures/reporting-money';
import { convertMoney, type Money } from '../../rules/money';
import { monthNumber } from '../../rules/territory-rollup';
import type { Partner } from '../../schema';
import type { ReportCell, ReportColumn, ReportColumnKind, ReportSheet } from '../report';
import type { ReportColumnKey, ReportLabels } from '../report-labels';
import type { ReportRequest, ReportSection } from '../report-request';
import type { ReportSources } from '../report-sources';

/** What every section is built from: the scope already resolved, the dashboard's figures. */
export type SectionContext = {
  sources: ReportSources;
  request: ReportRequest;
  today: string;
  labels: ReportLabels;
  reporting: Reporting;
  range: MonthRange;
  partners: readonly Partner[];
  partnerIds: ReadonlySet<string>;
  partnerNames: ReadonlyMap<string, string>;
  figures: DashboardFigures;
  /** Amounts left out for want of a rate, per section and currency: said in the warnings. */
  unconverted: Map<string, { section: ReportSection; currency: string; count: number }>;
};

export function inPeriod(context: SectionContext, at: string): boolean {
  const month = monthNumber(at);
  return month >= context.range.first && month <= context.range.last;
}

/**
 * `money` in the report's currency at the rates of `onDate` (the dashboard converts a month's
 * amounts at its first day); null, and counted for the warnings, when a rate is missing.
 */
export function reportMoney(
  context: SectionContext,
  section: ReportSection,
  money: Money,
  onDate: string,
): number | null {
  const converted = convertMoney(
    money,
    context.reporting.currency,
    onDate,
    context.reporting.table,
  );
  if (converted) return converted.amountMinor;
  noteUnconverted(context, section, money.currency);
  return null;
}

/** A dated amount converted the way the dashboard converts its month: at the month's start. */
export function monthMoney(
  context: SectionContext,
  section: ReportSection,
  money: Money,
  at: string,
): number | null {
  return reportMoney(context, section, money, monthStart(monthNumber(at)));
}

export function noteUnconverted(
  context: SectionContext,
  section: ReportSection,
  currency: string,
  count = 1,
): void {
  const key = `${section}:${currency}`;
  const entry = context.unconverted.get(key);
  if (entry) entry.count += count;
  else context.unconverted.set(key, { section, currency, count });
}

export const partnerName = (context: SectionContext, partnerId: string) =>
  context.partnerNames.get(partnerId) ?? partnerId;

export type ColumnSpec = { key: ReportColumnKey; kind: ReportColumnKind; total?: boolean };

/** A section's table with translated headers and the total of every `total` column. */
export function sheetOf(
  context: SectionContext,
  section: ReportSection,
  columns: readonly ColumnSpec[],
  rows: ReportCell[][],
): ReportSheet {
  const typed: ReportColumn[] = columns.map((column) => ({
    key: column.key,
    label: context.labels.columns[column.key],
    kind: column.kind,
    ...(column.total ? { total: true } : {}),
  }));
  return {
    section,
    title: context.labels.sections[section],
    columns: typed,
    rows,
    totals: rows.length === 0 ? null : totalsOf(typed, rows),
  };
}

export function totalsOf(columns: readonly ReportColumn[], rows: readonly ReportCell[][]) {
  return columns.map((column, index) => {
    if (!column.total) return null;
    let sum = 0;
    for (const row of rows) {
      const cell = row[index];
      if (typeof cell === 'number') sum += cell;
    }
    return sum;
  });
}
