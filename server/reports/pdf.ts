import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Report } from '../../shared/reports/report';
import { pdfFooterTemplate, pdfHeaderTemplate, reportHtml } from '../../shared/reports/report-html';
import { ReportSourceError } from './sources';

/**
 * Headless flags that work on servers and containers (no sandbox, GPU or background services);
 * the same list as the tests' test/support/chromium.ts, which server code must not import.
 */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The report printed to an A4 PDF by the system Chromium, with page headers and numbers. */
export async function reportPdf(report: Report, executablePath: string): Promise<Uint8Array> {
  try {
    accessSync(executablePath, constants.X_OK);
  } catch {
    throw new ReportSourceError(
      `No Chromium at ${executablePath}: give --chromium <path> or set CHROMIUM_PATH`,
    );
  }
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    // The page has no external reference: it is loaded as soon as it is set.
    await page.setContent(reportHtml(report), { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: pdfHeaderTemplate(report),
      footerTemplate: pdfFooterTemplate(report),
      // Room for the header and footer: the page's own @page margins give way to these.
      margin: { top: '18mm', bottom: '16mm', left: '12mm', right: '12mm' },
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await browser.close();
  }
}
