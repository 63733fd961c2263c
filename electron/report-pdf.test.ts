import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '../shared/platform/ipc';
import type { PlatformAuth, SaveFileRequest } from '../shared/platform/platform';
import { ipcHandlers, registerIpcHandlers } from './ipc';
import { saveReportPdf } from './report-pdf';
import { ipcMain, resetElectronMock } from './test-support/electron-mock';
import { createMainWindow, isOwnWindow } from './windows';

/**
 * The shared electron mock has no printing window: this file adds one that records how it was
 * made, what it loaded (and the file's content at that moment) and what it was asked to print.
 */
type Printed = {
  options: { show?: boolean; webPreferences?: Record<string, unknown> };
  loaded: { url: string; html: string }[];
  printOptions: unknown[];
  destroyed: boolean;
  blocked: (url: string) => boolean;
};
const printing = vi.hoisted(() => ({ windows: [] as Printed[], failLoad: false }));

vi.mock('electron', async () => {
  const mock = await import('./test-support/electron-mock');
  class BrowserWindow extends mock.BrowserWindow {
    readonly record: Printed;
    constructor(options: Printed['options']) {
      super(options);
      const record: Printed = {
        options,
        loaded: [],
        printOptions: [],
        destroyed: false,
        blocked: () => false,
      };
      this.record = record;
      printing.windows.push(record);
      const webContents = this.webContents as unknown as Record<string, unknown>;
      webContents['printToPDF'] = vi.fn((printOptions: unknown) => {
        record.printOptions.push(printOptions);
        return Promise.resolve(Buffer.from('%PDF-1.7 fake'));
      });
      webContents['session'] = {
        webRequest: {
          onBeforeRequest: (
            listener: (
              details: { url: string },
              callback: (answer: { cancel: boolean }) => void,
            ) => void,
          ) => {
            record.blocked = (url) => {
              let cancel = false;
              listener({ url }, (answer) => (cancel = answer.cancel));
              return cancel;
            };
          },
        },
        setPermissionRequestHandler: vi.fn(),
      };
      // The mock's loadURL takes no arguments; the URL arrives as the first of the rest.
      this.loadURL.mockImplementation((...args: unknown[]) => {
        const url = String(args[0]);
        // The app's own window loads app:// pages: only the printer's file loads are recorded.
        if (!url.startsWith('file:')) return Promise.resolve();
        if (printing.failLoad) return Promise.reject(new Error('ERR_FAILED'));
        record.loaded.push({ url, html: readFileSync(fileURLToPath(url), 'utf8') });
        return Promise.resolve();
      });
    }
    destroy() {
      this.record.destroyed = true;
      this.close();
    }
  }
  return { ...mock, BrowserWindow };
});

const report = {
  suggestedName: 'territory-report-iberia-2026-12.pdf',
  html: '<!doctype html><title>Report</title><h1>Iberia & LATAM</h1>',
  headerTemplate: '<div>Territory report</div>',
  footerTemplate: '<div><span class="pageNumber"></span>/<span class="totalPages"></span></div>',
};

beforeEach(() => {
  resetElectronMock();
  printing.windows.length = 0;
  printing.failLoad = false;
});

describe('saveReportPdf', () => {
  it('prints the page in a hidden window without JavaScript, then saves it through the dialog', async () => {
    const saved: SaveFileRequest[] = [];
    const result = await saveReportPdf(report, null, (file) => {
      saved.push(file);
      return Promise.resolve({ saved: true });
    });
    expect(result).toEqual({ saved: true });
    const [window] = printing.windows;
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
    expect(window?.loaded.map((load) => load.html)).toEqual([report.html]);
    expect(window?.printOptions).toEqual([
      {
        pageSize: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: report.headerTemplate,
        footerTemplate: report.footerTemplate,
      },
    ]);
    expect(saved).toEqual([
      {
        suggestedName: report.suggestedName,
        mediaType: 'application/pdf',
        bytes: new Uint8Array(Buffer.from('%PDF-1.7 fake')),
      },
    ]);
    // Nothing is left behind: the window is gone and so is the page's temporary file.
    expect(window?.destroyed).toBe(true);
    const pageUrl = window?.loaded[0]?.url ?? '';
    expect(existsSync(fileURLToPath(pageUrl))).toBe(false);
  });

  it('lets the page load its own file only', async () => {
    await saveReportPdf(report, null, () => Promise.resolve({ saved: false }));
    const [window] = printing.windows;
    const pageUrl = window?.loaded[0]?.url ?? '';
    expect(window?.blocked(pageUrl)).toBe(false);
    expect(window?.blocked('data:image/png;base64,AAAA')).toBe(false);
    expect(window?.blocked('https://tracker.example/pixel.png')).toBe(true);
    expect(window?.blocked('file:///etc/passwd')).toBe(true);
  });

  it('says when the user cancelled the dialog', async () => {
    expect(await saveReportPdf(report, null, () => Promise.resolve({ saved: false }))).toEqual({
      saved: false,
    });
  });

  it('cleans up and fails when the page cannot be loaded', async () => {
    printing.failLoad = true;
    const save = vi.fn(() => Promise.resolve({ saved: true }));
    await expect(saveReportPdf(report, null, save)).rejects.toThrow('ERR_FAILED');
    expect(save).not.toHaveBeenCalled();
    expect(printing.windows[0]?.destroyed).toBe(true);
  });
});

const noAuth: PlatformAuth = {
  signIn: () => Promise.resolve(),
  resume: () => Promise.resolve(false),
  accessToken: () => Promise.resolve(null),
  signOut: () => Promise.resolve(),
};

async function invokeSavePdf(request: unknown) {
  const savePdf = vi.fn(() => Promise.resolve({ saved: true }));
  registerIpcHandlers(
    ipcHandlers({ storeUrl: 'http://127.0.0.1:43210', embedded: true }, noAuth, {
      saveFile: () => Promise.resolve({ saved: true }),
      notify: () => true,
      savePdf,
    }),
    isOwnWindow,
  );
  const window = createMainWindow('/app/preload.cjs');
  const listener = ipcMain.listeners.get('report:save-pdf');
  const result = (await listener?.(
    { sender: window.webContents, senderFrame: { url: 'app://cam-desk/index.html' } },
    request,
  )) as IpcResult<unknown>;
  return { result, savePdf };
}

describe('the report:save-pdf channel', () => {
  it('hands a valid request to the printer', async () => {
    const { result, savePdf } = await invokeSavePdf(report);
    expect(result).toEqual({ ok: true, value: { saved: true } });
    expect(savePdf).toHaveBeenCalledWith(report, expect.anything());
  });

  it.each([
    { case: 'a name with a folder', change: { suggestedName: '../report.pdf' } },
    { case: 'a name that is not a PDF', change: { suggestedName: 'report.html' } },
    { case: 'an empty page', change: { html: '' } },
    { case: 'a page that is not text', change: { html: new Uint8Array(3) } },
    { case: 'a header as large as a page', change: { headerTemplate: 'x'.repeat(20_001) } },
    { case: 'an extra field', change: { preload: '/tmp/evil.js' } },
  ])('refuses $case before it reaches the printer', async ({ change }) => {
    const { result, savePdf } = await invokeSavePdf({ ...report, ...change });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(savePdf).not.toHaveBeenCalled();
  });
});
