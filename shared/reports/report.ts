import type { ReportLanguage, ReportPeriod, ReportSection } from './report-request';

/**
 * A built report: what every format (CSV, XLSX, PDF) writes, in the language and reporting
 * currency asked for. Labels are already translated; values are typed so XLSX can write numbers,
 * money and dates as such and CSV can write them plainly.
 */
export type Report = {
  title: string;
  language: ReportLanguage;
  /** ISO 4217: every money cell is in it (converted at the dashboard's rates). */
  currency: string;
  period: ReportPeriod;
  /** First and last month counted, `YYYY-MM`, both included. */
  months: { first: string; last: string };
  /** What the scope was, in words ("Iberia & LATAM", "3 partners"). */
  scopeLabel: string;
  /** When it was built (ISO instant) and as of which local data. */
  generatedAt: string;
  generatedBy: string;
  /** Partner ids the report counted: the dashboard's figures for the same ids are equal. */
  partnerIds: string[];
  sections: ReportSheet[];
  /** Amounts that could not be converted (a missing rate): said, not silently dropped. */
  warnings: string[];
};

/** How a column's values are typed and shown. */
export type ReportColumnKind =
  | 'text'
  | 'integer'
  | 'decimal'
  /** Minor units of the report's currency (cents): formats divide by the currency's digits. */
  | 'money'
  /** 0 to 1. */
  | 'ratio'
  /** `YYYY-MM-DD`. */
  | 'date'
  /** ISO instant. */
  | 'datetime';

export type ReportColumn = {
  key: string;
  label: string;
  kind: ReportColumnKind;
  /** Whether the section's total row adds this column up (XLSX writes it as a SUM formula). */
  total?: boolean;
};

export type ReportCell = string | number | null;

/** One section: a table (one CSV file, one XLSX sheet, one PDF part). */
export type ReportSheet = {
  section: ReportSection;
  title: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Per column: the sum of the rows for columns with `total`, else null; null with no row. */
  totals: ReportCell[] | null;
  /** The summary's charts (the PDF draws them; CSV and XLSX write the table). */
  charts?: ReportChart[];
};

export type ReportChart = {
  title: string;
  kind: 'bar' | 'line';
  /** Category labels (months `YYYY-MM`, tiers ...). */
  labels: string[];
  series: { label: string; kind: ReportColumnKind; values: number[] }[];
};

/** Reports progress to the builder; a long export says how far it is. 0 to 1. */
export type ReportProgress = (done: number, stage: string) => void;
