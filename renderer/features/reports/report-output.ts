import type { ReportFormat } from '../../../shared/reports/report-request';

/** What the worker hands back: a file's bytes to save, or the page to print to PDF. */
export type ReportOutput =
  | { kind: 'file'; name: string; mediaType: string; bytes: Uint8Array }
  | { kind: 'pdf'; name: string; html: string; headerTemplate: string; footerTemplate: string };

export const reportMediaTypes: Record<ReportFormat, string> = {
  csv: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** Where an export is, for the progress bar: `done` from 0 to 1. */
export type ExportStage = 'reading' | 'building' | 'writing' | 'saving';
