import { expose, transfer } from 'comlink';
import { buildReport } from '../../../shared/reports/build-report';
import { reportCsvZip } from '../../../shared/reports/csv';
import { reportFileName } from '../../../shared/reports/file-name';
import {
  pdfFooterTemplate,
  pdfHeaderTemplate,
  reportHtml,
} from '../../../shared/reports/report-html';
import type { ReportRequest } from '../../../shared/reports/report-request';
import type { ReportSources } from '../../../shared/reports/report-sources';
import { reportXlsx } from '../../../shared/reports/xlsx';
import { reportMediaTypes, type ReportOutput } from './report-output';

export type ReportJobContext = { today: string; generatedBy: string };

/** Progress as the page shows it: building takes the first 80 %, writing the file the rest. */
export type WorkerProgress = (done: number, stage: 'building' | 'writing') => void;

/** Calls across threads cost a message each: a step of at least 1 % is worth one. */
function throttled(onProgress: WorkerProgress): WorkerProgress {
  let last = -1;
  let lastStage = '';
  return (done, stage) => {
    if (stage === lastStage && done - last < 0.01 && done < 1) return;
    last = done;
    lastStage = stage;
    onProgress(done, stage);
  };
}

/**
 * Builds a report and writes it in its format, off the page's thread. Cancelling terminates this
 * worker, so nothing here needs to check for it.
 */
async function build(
  sources: ReportSources,
  request: ReportRequest,
  context: ReportJobContext,
  onProgress: WorkerProgress,
): Promise<ReportOutput> {
  const progress = throttled(onProgress);
  const report = buildReport(sources, request, {
    ...context,
    onProgress: (done) => {
      progress(done * 0.8, 'building');
    },
  });
  progress(0.8, 'writing');
  const name = reportFileName(report, request.format);
  switch (request.format) {
    case 'pdf':
      progress(1, 'writing');
      return {
        kind: 'pdf',
        name,
        html: reportHtml(report),
        headerTemplate: pdfHeaderTemplate(report),
        footerTemplate: pdfFooterTemplate(report),
      };
    case 'csv':
    case 'xlsx': {
      const bytes = request.format === 'csv' ? reportCsvZip(report) : await reportXlsx(report);
      progress(1, 'writing');
      const output: ReportOutput = {
        kind: 'file',
        name,
        mediaType: reportMediaTypes[request.format],
        bytes,
      };
      // The file's bytes move to the page rather than being copied.
      return bytes.buffer instanceof ArrayBuffer ? transfer(output, [bytes.buffer]) : output;
    }
  }
}

const reportWorker = { build };
export type ReportWorker = typeof reportWorker;

expose(reportWorker);
