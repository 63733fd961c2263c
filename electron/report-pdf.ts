import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import type { SavePdfRequest, SaveFileRequest } from '../shared/platform/platform';

/** The session the report windows print in: nothing of the app's own session is reachable. */
export const PRINT_PARTITION = 'report-pdf';

/** How long a page may take to load before printing gives up: it has nothing to fetch. */
const LOAD_TIMEOUT_MS = 60_000;

type SaveWithDialog = (
  file: SaveFileRequest,
  window: Electron.BrowserWindow | null,
) => Promise<{ saved: boolean }>;

/**
 * Prints a report page to PDF with Chromium, then saves it where the user picks in the save
 * dialog. The page is partner data from the renderer, so it is printed as a document, not run
 * as an app: a hidden, sandboxed window with JavaScript off, no preload, in its own session that
 * loads nothing but the page's own file (its charts and styles are inline). The page goes through
 * a temporary file because a large report is far past what a data: URL may hold.
 */
export async function saveReportPdf(
  report: SavePdfRequest,
  parent: Electron.BrowserWindow | null,
  saveWithDialog: SaveWithDialog,
): Promise<{ saved: boolean }> {
  const folder = await mkdtemp(join(tmpdir(), 'cam-desk-report-'));
  const page = join(folder, 'report.html');
  const printer = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      partition: PRINT_PARTITION,
    },
  });
  try {
    await writeFile(page, report.html, 'utf8');
    onlyTheReportPage(printer.webContents.session, pathToFileURL(page).href);
    await withTimeout(printer.loadURL(pathToFileURL(page).href), LOAD_TIMEOUT_MS);
    const pdf = await printer.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: report.headerTemplate,
      footerTemplate: report.footerTemplate,
    });
    return await saveWithDialog(
      {
        suggestedName: report.suggestedName,
        mediaType: 'application/pdf',
        bytes: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength),
      },
      parent,
    );
  } finally {
    printer.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}

/** The print session answers the page's own file and inline data; any other request fails. */
function onlyTheReportPage(printSession: Electron.Session, pageUrl: string): void {
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url === pageUrl || details.url.startsWith('data:')) });
  });
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
}

function withTimeout<Value>(promise: Promise<Value>, milliseconds: number): Promise<Value> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`The report page did not load within ${milliseconds / 1000} s`));
    }, milliseconds);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}
