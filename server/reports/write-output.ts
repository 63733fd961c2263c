import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { reportCsvFiles, reportCsvZip } from './report-core';
import type { Report } from '../../shared/reports/report';
import type { ReportFormat } from '../../shared/reports/report-request';
import { reportPdf } from './pdf';
import { reportXlsxStreamed } from './xlsx-stream';

export type OutputFile = { path: string; bytes: Uint8Array };

/** Every file the report becomes, in memory: nothing touches the disk until all are made. */
export async function reportOutputFiles(
  report: Report,
  format: ReportFormat,
  out: string,
  chromiumPath: string,
): Promise<OutputFile[]> {
  switch (format) {
    case 'csv':
      return out.endsWith('/')
        ? reportCsvFiles(report).map((file) => ({
            path: path.join(out, file.name),
            bytes: file.bytes,
          }))
        : [{ path: out, bytes: reportCsvZip(report) }];
    case 'xlsx':
      return [{ path: out, bytes: await reportXlsxStreamed(report) }];
    case 'pdf':
      return [{ path: out, bytes: await reportPdf(report, chromiumPath) }];
  }
}

/**
 * Writes each file beside its destination and renames it into place, so a reader (or the next
 * cron run) never sees half a report, and a failure leaves no partial file behind.
 */
export async function writeOutputFiles(files: readonly OutputFile[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.resolve(file.path)), { recursive: true });
    const partial = `${file.path}.${String(process.pid)}.partial`;
    try {
      await writeFile(partial, file.bytes);
      await rename(partial, file.path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }
}
