import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Report } from '../../shared/reports/report';
import { addReportSheet } from '../../shared/reports/xlsx';

/**
 * The report as the same workbook as reportXlsx, through exceljs's streaming writer: each row
 * is zipped as it is added and let go, so a 100,000-row report holds its compressed bytes, not
 * every cell object at once (docs/benchmarks.md). Node only; the app's worker builds in memory.
 */
export async function reportXlsxStreamed(report: Report): Promise<Uint8Array> {
  const output = new PassThrough();
  const chunks: Uint8Array[] = [];
  output.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = report.generatedBy;
  workbook.title = report.title;
  workbook.created = new Date(report.generatedAt);
  const taken = new Set<string>();
  for (const sheet of report.sections) {
    addReportSheet(workbook, report, sheet, taken, true).commit();
  }
  await workbook.commit();
  await finished;
  const bytes = Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
