import { stringify } from 'csv-stringify/browser/esm/sync';
import { strToU8, zipSync } from 'fflate';
import { guardedText, moneyDecimal } from './cells';
import { reportFileName } from './file-name';
import type { Report, ReportCell, ReportColumn, ReportSheet } from './report';
import { reportLabels } from './report-labels';

const BOM = '\uFEFF';

function csvCell(cell: ReportCell, column: ReportColumn, currency: string): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return column.kind === 'text' ? guardedText(cell) : cell;
  if (column.kind === 'money') return moneyDecimal(cell, currency);
  return String(cell);
}

/** One section as RFC 4180 text: a header row of labels, the rows, the totals row. */
export function sheetCsv(report: Report, sheet: ReportSheet): string {
  const { columns } = sheet;
  const records: string[][] = [columns.map((column) => guardedText(column.label))];
  for (const row of sheet.rows) {
    records.push(
      columns.map((column, index) => csvCell(row[index] ?? null, column, report.currency)),
    );
  }
  if (sheet.totals && columns.some((column) => column.total)) {
    const totals = sheet.totals;
    const record = columns.map((column, index) =>
      csvCell(totals[index] ?? null, column, report.currency),
    );
    if (!columns[0]?.total) record[0] = reportLabels[report.language].total;
    records.push(record);
  }
  // Quoted only where RFC 4180 needs it (a comma, quote or line break); CRLF between records.
  return stringify(records, { record_delimiter: '\r\n', eof: true });
}

/** One UTF-8 file (with a BOM, so Excel reads the accents) per section. */
export function reportCsvFiles(report: Report): { name: string; bytes: Uint8Array }[] {
  return report.sections.map((sheet) => ({
    name: reportFileName(report, 'csv', sheet.section),
    bytes: strToU8(BOM + sheetCsv(report, sheet)),
  }));
}

/** Every section's CSV in one zip. */
export function reportCsvZip(report: Report): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const file of reportCsvFiles(report)) files[file.name] = file.bytes;
  return zipSync(files, { level: 6 });
}
