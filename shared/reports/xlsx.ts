import ExcelJS from 'exceljs';
import { minorDigits } from '../rules/money';
import { guardedText, moneyNumber } from './cells';
import type { Report, ReportCell, ReportColumn, ReportSheet } from './report';
import { reportLabels } from './report-labels';

type CellValue = string | number | Date | null;

function numberFormat(column: ReportColumn, currency: string): string | undefined {
  switch (column.kind) {
    case 'money': {
      const digits = minorDigits(currency);
      return `#,##0${digits > 0 ? `.${'0'.repeat(digits)}` : ''} "${currency}"`;
    }
    case 'integer':
      return '#,##0';
    case 'decimal':
      return '#,##0.00';
    case 'ratio':
      return '0.0%';
    case 'date':
      return 'yyyy-mm-dd';
    case 'datetime':
      return 'yyyy-mm-dd hh:mm';
    case 'text':
      return undefined;
  }
}

function xlsxCell(cell: ReportCell, column: ReportColumn, currency: string): CellValue {
  if (cell === null) return null;
  if (typeof cell === 'number') return column.kind === 'money' ? moneyNumber(cell, currency) : cell;
  switch (column.kind) {
    case 'date':
      return new Date(`${cell.slice(0, 10)}T00:00:00.000Z`);
    case 'datetime':
      return new Date(cell);
    default:
      return guardedText(cell);
  }
}

/** Sheet names: at most 31 characters, none of `[]:*?/\`, unique in the workbook. */
function sheetName(title: string, taken: Set<string>): string {
  const clean = title.replace(/[[\]:*?/\\]/g, ' ').trim() || 'Sheet';
  let name = clean.slice(0, 31);
  for (let suffix = 2; taken.has(name.toLowerCase()); suffix += 1) {
    name = `${clean.slice(0, 31 - String(suffix).length - 1)} ${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

const SAMPLE_ROWS = 200;

/** Wide enough for the header and the first rows' text, within reason. */
function columnWidth(sheet: ReportSheet, index: number, column: ReportColumn): number {
  let widest = column.label.length;
  if (column.kind === 'datetime') widest = Math.max(widest, 16);
  else if (column.kind === 'date') widest = Math.max(widest, 10);
  else if (column.kind === 'money') widest = Math.max(widest, 16);
  for (const row of sheet.rows.slice(0, SAMPLE_ROWS)) {
    const cell = row[index];
    if (typeof cell === 'string' && column.kind === 'text') widest = Math.max(widest, cell.length);
    else if (typeof cell === 'number') widest = Math.max(widest, String(cell).length + 2);
  }
  return Math.min(60, Math.max(8, widest + 2));
}

/**
 * One section as a sheet. `streamed`: the workbook is exceljs's streaming writer (the CLI's,
 * server/reports/xlsx-stream.ts), so each row is committed, written out and let go as it is
 * added; the sheet itself is committed by the caller once this returns.
 */
export function addReportSheet(
  workbook: ExcelJS.Workbook,
  report: Report,
  sheet: ReportSheet,
  taken: Set<string>,
  streamed = false,
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheetName(sheet.title, taken), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const { columns } = sheet;
  worksheet.columns = columns.map((column, index) => {
    const numFmt = numberFormat(column, report.currency);
    return {
      key: column.key,
      width: columnWidth(sheet, index, column),
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
  const header = worksheet.getRow(1);
  header.values = columns.map((column) => guardedText(column.label));
  header.font = { bold: true };
  const lastDataRow = sheet.rows.length + 1;
  // Set before any row is committed: the streaming writer keeps it until the sheet's commit.
  worksheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: lastDataRow, column: Math.max(1, columns.length) },
  };
  for (const row of sheet.rows) {
    const added = worksheet.addRow(
      columns.map((column, index) => xlsxCell(row[index] ?? null, column, report.currency)),
    );
    if (streamed) added.commit();
  }
  const totals = sheet.totals;
  if (!totals || sheet.rows.length === 0 || !columns.some((column) => column.total)) {
    return worksheet;
  }
  const totalRow = worksheet.getRow(lastDataRow + 1);
  columns.forEach((column, index) => {
    const cell = totalRow.getCell(index + 1);
    const total = totals[index];
    if (column.total && typeof total === 'number') {
      const letter = columnLetter(index);
      // The formula keeps the sheet honest when rows are edited; its cached result is the
      // report's own total, so a reader without a calculation engine sees the same figure.
      cell.value = {
        formula: `SUM(${letter}2:${letter}${lastDataRow})`,
        result: column.kind === 'money' ? moneyNumber(total, report.currency) : total,
      };
    }
  });
  if (!columns[0]?.total) totalRow.getCell(1).value = reportLabels[report.language].total;
  totalRow.font = { bold: true };
  if (streamed) totalRow.commit();
  return worksheet;
}

/**
 * The report as one workbook, one sheet a section, typed cells with their formats, built in
 * memory (the app's worker; the CLI streams it instead: server/reports/xlsx-stream.ts).
 */
export async function reportXlsx(report: Report): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = report.generatedBy;
  workbook.title = report.title;
  workbook.created = new Date(report.generatedAt);
  const taken = new Set<string>();
  for (const sheet of report.sections) addReportSheet(workbook, report, sheet, taken);
  const written: unknown = await workbook.xlsx.writeBuffer();
  // Node gives a Buffer (a Uint8Array), the browser build an ArrayBuffer-like view.
  if (written instanceof Uint8Array) {
    return new Uint8Array(written.buffer, written.byteOffset, written.byteLength);
  }
  if (written instanceof ArrayBuffer) return new Uint8Array(written);
  throw new Error('exceljs returned no bytes for the workbook.');
}
