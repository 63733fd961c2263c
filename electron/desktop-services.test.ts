import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '../shared/platform/ipc';
import type { PlatformAuth } from '../shared/platform/platform';
import { ipcHandlers, registerIpcHandlers } from './ipc';
import { BrowserWindow, ipcMain, resetElectronMock } from './test-support/electron-mock';
import { createMainWindow, isOwnWindow } from './windows';

/**
 * The shared electron mock models no save dialog or Notification: this file adds both, as
 * stand-ins the tests drive (what the user picks in the dialog, whether the system notifies).
 */
type DialogChoice = { canceled: boolean; filePath: string | undefined };
type NativeState = {
  dialogChoice: DialogChoice;
  notificationsSupported: boolean;
  shown: { title: string; body: string }[];
  showSaveDialog: (...args: unknown[]) => Promise<DialogChoice>;
};
const native = vi.hoisted(() => {
  const state: NativeState = {
    dialogChoice: { canceled: false, filePath: undefined },
    notificationsSupported: true,
    shown: [],
    showSaveDialog: vi.fn(() => Promise.resolve(state.dialogChoice)),
  };
  return state;
});

vi.mock('electron', async () => {
  const mock = await import('./test-support/electron-mock');
  class Notification {
    static isSupported = () => native.notificationsSupported;
    readonly listeners = new Map<string, () => void>();
    constructor(readonly options: { title: string; body: string }) {}
    on(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    show() {
      native.shown.push({ title: this.options.title, body: this.options.body });
    }
  }
  return {
    ...mock,
    Notification,
    dialog: {
      ...mock.dialog,
      showSaveDialog: native.showSaveDialog,
    },
  };
});

const connection = { storeUrl: 'http://127.0.0.1:43210', embedded: true };
const noAuth: PlatformAuth = {
  signIn: () => Promise.resolve(),
  resume: () => Promise.resolve(false),
  accessToken: () => Promise.resolve(null),
  signOut: () => Promise.resolve(),
};

type Sender = { frameUrl: string; webContents: unknown };

async function invoke(channel: string, request: unknown, sender: Sender) {
  const listener = ipcMain.listeners.get(channel);
  if (listener === undefined) throw new Error(`No handler for ${channel}`);
  const event = { sender: sender.webContents, senderFrame: { url: sender.frameUrl } };
  return (await listener(event, request)) as IpcResult<unknown>;
}

function ownPage() {
  const window = createMainWindow('/app/preload.cjs');
  return { window, frameUrl: 'app://cam-desk/index.html', webContents: window.webContents };
}

const csv = new TextEncoder().encode('\uFEFFwhen,who\r\n2026-01-01,Ana\r\n');
let folder: string;

beforeEach(async () => {
  resetElectronMock();
  native.shown = [];
  native.notificationsSupported = true;
  folder = await mkdtemp(join(tmpdir(), 'cam-desk-save-'));
  native.dialogChoice = { canceled: false, filePath: join(folder, 'chosen.csv') };
  registerIpcHandlers(ipcHandlers(connection, noAuth), isOwnWindow);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('file:save', () => {
  it('writes the bytes where the user chose in a dialog attached to the asking window', async () => {
    const page = ownPage();
    const request = { suggestedName: 'audit-request-1.csv', mediaType: 'text/csv', bytes: csv };
    expect(await invoke('file:save', request, page)).toEqual({ ok: true, value: { saved: true } });
    expect(await readFile(join(folder, 'chosen.csv'))).toEqual(Buffer.from(csv));
    expect(native.showSaveDialog).toHaveBeenCalledWith(
      page.window,
      expect.objectContaining({
        defaultPath: 'audit-request-1.csv',
        filters: [{ name: 'text/csv', extensions: ['csv'] }],
      }),
    );
  });

  it('writes nothing when the user cancels the dialog', async () => {
    // Some systems still name the path the dialog showed when the user cancels.
    native.dialogChoice = { canceled: true, filePath: join(folder, 'chosen.csv') };
    const request = { suggestedName: 'audit.csv', mediaType: 'text/csv', bytes: csv };
    expect(await invoke('file:save', request, ownPage())).toEqual({
      ok: true,
      value: { saved: false },
    });
    await expect(readFile(join(folder, 'chosen.csv'))).rejects.toThrow(/ENOENT/);
  });

  it.each([
    { case: 'a name with folders', suggestedName: '../../.bashrc', bytes: csv },
    { case: 'a Windows path', suggestedName: 'C:\\Windows\\evil.csv', bytes: csv },
    { case: 'a hidden file', suggestedName: '.profile', bytes: csv },
    { case: 'a control character', suggestedName: 'audit\u0000.csv', bytes: csv },
    { case: 'text instead of bytes', suggestedName: 'audit.csv', bytes: 'when,who' },
    { case: 'an array of numbers', suggestedName: 'audit.csv', bytes: [1, 2, 3] },
    { case: 'no bytes at all', suggestedName: 'audit.csv', bytes: undefined },
  ])('refuses $case before any dialog opens', async ({ suggestedName, bytes }) => {
    const request = { suggestedName, mediaType: 'text/csv', bytes };
    expect(await invoke('file:save', request, ownPage())).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(native.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a window the shell did not create', async () => {
    const stranger = new BrowserWindow({});
    const sender = { frameUrl: 'app://cam-desk/index.html', webContents: stranger.webContents };
    const request = { suggestedName: 'audit.csv', mediaType: 'text/csv', bytes: csv };
    expect(await invoke('file:save', request, sender)).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
    expect(native.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a file that cannot be written as a failed result', async () => {
    native.dialogChoice = { canceled: false, filePath: join(folder, 'missing', 'audit.csv') };
    const request = { suggestedName: 'audit.csv', mediaType: 'text/csv', bytes: csv };
    expect(await invoke('file:save', request, ownPage())).toMatchObject({
      ok: false,
      error: { code: 'failed', message: expect.stringMatching(/ENOENT/) as unknown },
    });
  });
});

describe('notification:show', () => {
  it('shows the notification from main', async () => {
    const request = { title: '2 new requests', body: 'Deal registration · Andes Networks' };
    expect(await invoke('notification:show', request, ownPage())).toEqual({
      ok: true,
      value: true,
    });
    expect(native.shown).toEqual([request]);
  });

  it('answers false where the system has no notifications', async () => {
    native.notificationsSupported = false;
    const request = { title: 'Due soon', body: '' };
    expect(await invoke('notification:show', request, ownPage())).toEqual({
      ok: true,
      value: false,
    });
    expect(native.shown).toEqual([]);
  });

  it.each([
    { case: 'an empty title', request: { title: '', body: 'x' } },
    { case: 'a title too long', request: { title: 'x'.repeat(201), body: '' } },
    { case: 'an extra field', request: { title: 'x', body: '', icon: 'file:///etc/passwd' } },
    { case: 'no body', request: { title: 'x' } },
  ])('refuses $case', async ({ request }) => {
    expect(await invoke('notification:show', request, ownPage())).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(native.shown).toEqual([]);
  });

  it('refuses a page that is not ours', async () => {
    const { webContents } = ownPage();
    const sender = { frameUrl: 'https://evil.example/', webContents };
    expect(
      await invoke('notification:show', { title: 'Phish', body: 'Click me' }, sender),
    ).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(native.shown).toEqual([]);
  });
});
