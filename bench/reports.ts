import { reportPdf } from '../server/reports/pdf';
import type { Report, ReportSheet } from '../shared/reports/report';
import { reportCsvFiles } from '../shared/reports/csv';
import { reportFixture } from '../shared/reports/report-fixture';
import { reportXlsx } from '../shared/reports/xlsx';
import { reportXlsxStreamed } from '../server/reports/xlsx-stream';
import type { Figure, Measurement } from './types';

const DEAL_ROWS = 100_000;

/** A report whose deals section has `rows` rows, the columns of the fixture's deals sheet. */
function bigReport(rows: number): Report {
  const base = reportFixture();
  const deals = base.sections.find((sheet) => sheet.section === 'deals');
  if (!deals) throw new Error('The fixture has no deals section');
  const sheet: ReportSheet = {
    ...deals,
    rows: Array.from({ length: rows }, (_, index) => [
      `Deal ${String(index)}`,
      `Partner ${String(index % 500)}`,
      100_000 + (index % 9973) * 17,
      `2026-${String((index % 12) + 1).padStart(2, '0')}-15`,
      '2026-11-30T10:00:00.000Z',
      index % 30,
    ]),
  };
  return { ...base, sections: [sheet] };
}

function peakRssMb(): number {
  // maxRSS is the process's peak so far, in KiB: read after each stage, it only grows.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function timed<Result>(work: () => Promise<Result>): Promise<[Result, number]> {
  const started = performance.now();
  const result = await work();
  return [result, (performance.now() - started) / 1000];
}

/**
 * Issue 14's benchmark: 100,000 deal rows as XLSX (exceljs) beside the same rows as plain CSV
 * in the same run, and the PDF of the summary through the system Chromium.
 */
export const reports: Measurement = {
  id: 'reports',
  title: 'Territory reports: 100,000 deal rows as XLSX vs CSV, the summary as PDF',
  async run(context) {
    // The smoke run proves the path with few rows; the figures come from the full one.
    const rows = context.options.smoke ? 2_000 : DEAL_ROWS;
    const report = bigReport(rows);
    const [, csvSeconds] = await timed(() => Promise.resolve(reportCsvFiles(report)));
    const csvPeak = peakRssMb();
    // Streamed first: maxRSS only grows, so the in-memory writer's peak must come after it.
    const [, streamedSeconds] = await timed(() => reportXlsxStreamed(report));
    const streamedPeak = peakRssMb();
    const [, xlsxSeconds] = await timed(() => reportXlsx(report));
    const xlsxPeak = peakRssMb();
    const summary = { ...reportFixture(), sections: reportFixture().sections.slice(0, 1) };
    const chromium = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
    const [, pdfSeconds] = await timed(() => reportPdf(summary, chromium));
    const scale = `${String(rows)} deal rows, 6 columns`;
    context.log(
      `csv ${csvSeconds.toFixed(2)} s, xlsx streamed ${streamedSeconds.toFixed(2)} s, in memory ${xlsxSeconds.toFixed(2)} s`,
    );
    const figures: Figure[] = [
      {
        name: 'XLSX write, streamed (the CLI)',
        scale,
        value: round(streamedSeconds),
        unit: 's',
        baseline: { name: 'same rows as CSV', value: round(csvSeconds), unit: 's' },
        target: { text: '≤ 10 s', met: streamedSeconds <= 10 },
      },
      {
        name: 'XLSX peak RSS, streamed (the CLI)',
        scale,
        value: streamedPeak,
        unit: 'MB',
        baseline: { name: 'peak after the CSV', value: csvPeak, unit: 'MB' },
        target: { text: '≤ 400 MB', met: streamedPeak <= 400 },
        note: 'process peak (maxRSS) after each stage: CSV, streamed, in memory',
      },
      {
        name: "XLSX write in memory (the app's worker)",
        scale,
        value: round(xlsxSeconds),
        unit: 's',
        baseline: { name: 'same rows as CSV', value: round(csvSeconds), unit: 's' },
        target: { text: '≤ 10 s', met: xlsxSeconds <= 10 },
      },
      {
        name: "XLSX peak RSS in memory (the app's worker)",
        scale,
        value: xlsxPeak,
        unit: 'MB',
        baseline: { name: 'peak after the streamed XLSX', value: streamedPeak, unit: 'MB' },
        target: { text: '≤ 400 MB', met: xlsxPeak <= 400 },
      },
      {
        name: 'PDF summary',
        scale: 'summary section with 2 charts',
        value: round(pdfSeconds),
        unit: 's',
        target: { text: '≤ 5 s', met: pdfSeconds <= 5 },
        note: 'Chromium launch included',
      },
    ];
    return figures;
  },
};

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
