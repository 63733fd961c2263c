import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels, type IpcResult } from '../shared/platform/ipc';
import type { PlatformAuth } from '../shared/platform/platform';
import { ipcHandlers, registerIpcHandlers } from './ipc';
import { BrowserWindow, ipcMain, resetElectronMock } from './test-support/electron-mock';
import { createMainWindow, isOwnWindow } from './windows';

vi.mock('electron', () => import('./test-support/electron-mock'));

const connection = { storeUrl: 'http://127.0.0.1:43210', embedded: true };

/** Stands in for the sign-in service: these tests are about the IPC boundary, not OpenID. */
function fakeAuth() {
  return {
    signIn: vi.fn<PlatformAuth['signIn']>(() => Promise.resolve()),
    resume: vi.fn<PlatformAuth['resume']>(() => Promise.resolve(true)),
    accessToken: vi.fn<PlatformAuth['accessToken']>(() => Promise.resolve('access-token')),
    signOut: vi.fn<PlatformAuth['signOut']>(() => Promise.resolve()),
  };
}

let auth: ReturnType<typeof fakeAuth>;

type Sender = { frameUrl: string | null; webContents: unknown };

/** Plays a renderer calling `ipcRenderer.invoke(channel, request)`. */
async function invoke(channel: string, request: unknown, sender: Sender): Promise<unknown> {
  const listener = ipcMain.listeners.get(channel);
  if (listener === undefined) throw new Error(`No handler for ${channel}`);
  const event = {
    sender: sender.webContents,
    senderFrame: sender.frameUrl === null ? null : { url: sender.frameUrl },
  };
  return listener(event, request);
}

function ownPage() {
  const window = createMainWindow('/app/preload.cjs');
  return { frameUrl: 'app://cam-desk/index.html', webContents: window.webContents };
}

beforeEach(() => {
  resetElectronMock();
  auth = fakeAuth();
});

describe('registerIpcHandlers', () => {
  it('answers every channel of the contract, and only those', () => {
    registerIpcHandlers(ipcHandlers(connection, auth), isOwnWindow);
    expect([...ipcMain.listeners.keys()].sort()).toEqual([...ipcChannels].sort());
  });

  it('answers valid requests from our own window', async () => {
    registerIpcHandlers(ipcHandlers(connection, auth), isOwnWindow);
    const page = ownPage();
    expect(await invoke('store:connection', null, page)).toEqual({ ok: true, value: connection });
    expect(await invoke('app:info', null, page)).toEqual({
      ok: true,
      value: { version: '0.1.0-test', locale: 'es-ES' },
    });
  });

  it.each([
    { case: 'a web page', frameUrl: 'https://evil.example/index.html' },
    { case: 'a file page', frameUrl: 'file:///tmp/index.html' },
    { case: 'a look-alike host', frameUrl: 'app://cam-desk.evil/index.html' },
    { case: 'a user-info trick', frameUrl: 'app://cam-desk@evil/index.html' },
    { case: 'a destroyed frame', frameUrl: null },
  ])('refuses $case in our own window', async ({ frameUrl }) => {
    registerIpcHandlers(ipcHandlers(connection, auth), isOwnWindow);
    const { webContents } = ownPage();
    expect(await invoke('store:connection', null, { frameUrl, webContents })).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
  });

  it('refuses our page URL from a window the shell did not create', async () => {
    registerIpcHandlers(ipcHandlers(connection, auth), isOwnWindow);
    const stranger = new BrowserWindow({});
    const sender = { frameUrl: 'app://cam-desk/index.html', webContents: stranger.webContents };
    expect(await invoke('store:connection', null, sender)).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
  });

  it('stops answering a window once it is closed', async () => {
    registerIpcHandlers(ipcHandlers(connection, auth), isOwnWindow);
    const window = createMainWindow('/app/preload.cjs');
    const sender = { frameUrl: 'app://cam-desk/index.html', webContents: window.webContents };
    expect(await invoke('app:info', null, sender)).toMatchObject({ ok: true });
    (window as unknown as BrowserWindow).close();
    expect(await invoke('app:info', null, sender)).toMatchObject({
      error: { code: 'forbidden_sender' },
    });
  });

  it.each([
    { case: 'an object', request: { storeUrl: 'http://evil.example' } },
    { case: 'a missing request', request: undefined },
    { case: 'a string', request: 'null' },
  ])('rejects $case where the contract says null, naming the problem', async ({ request }) => {
    registerIpcHandlers(ipcHandlers(connection, auth), isOwnWindow);
    const result = (await invoke('store:connection', request, ownPage())) as IpcResult<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(result.ok ? '' : result.error.message).toMatch(/store:connection.*must be null/);
  });

  it('turns a handler that throws into a failed result instead of a rejected promise', async () => {
    registerIpcHandlers(
      {
        ...ipcHandlers(connection, auth),
        'app:info': () => {
          throw new Error('locale service unavailable');
        },
      },
      isOwnWindow,
    );
    expect(await invoke('app:info', null, ownPage())).toEqual({
      ok: false,
      error: { code: 'failed', message: 'locale service unavailable' },
    });
  });
});

describe('auth channels', () => {
  it('signs in, resumes, hands out access tokens and signs out for the store main chose', async () => {
    registerIpcHandlers(ipcHandlers(connection, auth), isOwnWindow);
    const page = ownPage();
    const store = { storeUrl: connection.storeUrl };
    expect(await invoke('auth:sign-in', store, page)).toEqual({ ok: true, value: null });
    expect(auth.signIn).toHaveBeenCalledWith(connection.storeUrl);
    expect(await invoke('auth:resume', store, page)).toEqual({ ok: true, value: true });
    expect(auth.resume).toHaveBeenCalledWith(connection.storeUrl);
    expect(await invoke('auth:access-token', null, page)).toEqual({
      ok: true,
      value: 'access-token',
    });
    expect(await invoke('auth:sign-out', null, page)).toEqual({ ok: true, value: null });
    expect(auth.signOut).toHaveBeenCalledTimes(1);
  });

  it('answers null when there is no session', async () => {
    auth.accessToken.mockResolvedValue(null);
    registerIpcHandlers(ipcHandlers(connection, auth), isOwnWindow);
    expect(await invoke('auth:access-token', null, ownPage())).toEqual({ ok: true, value: null });
  });

  it.each([
    { case: 'a foreign issuer', storeUrl: 'https://attacker.example' },
    { case: 'another loopback port', storeUrl: 'http://127.0.0.1:43211' },
    { case: 'a look-alike with a trailing path', storeUrl: 'http://127.0.0.1:43210/evil' },
  ])('refuses to sign in to $case', async ({ storeUrl }) => {
    registerIpcHandlers(ipcHandlers(connection, auth), isOwnWindow);
    const page = ownPage();
    const result = (await invoke('auth:sign-in', { storeUrl }, page)) as IpcResult<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(result.ok ? '' : result.error.message).toMatch(/only to this app's store/);
    expect(await invoke('auth:resume', { storeUrl }, page)).toMatchObject({ ok: false });
    expect(auth.signIn).not.toHaveBeenCalled();
    expect(auth.resume).not.toHaveBeenCalled();
  });

  it('refuses a sign-in request that is not a web URL before it reaches the handler', async () => {
    registerIpcHandlers(ipcHandlers(connection, auth), isOwnWindow);
    expect(
      await invoke('auth:sign-in', { storeUrl: 'file:///etc/passwd' }, ownPage()),
    ).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(auth.signIn).not.toHaveBeenCalled();
  });

  it('reports a failed sign-in to the renderer as a failed result', async () => {
    auth.signIn.mockRejectedValue(new Error('No answer from the browser within 5 minutes.'));
    registerIpcHandlers(ipcHandlers(connection, auth), isOwnWindow);
    expect(await invoke('auth:sign-in', { storeUrl: connection.storeUrl }, ownPage())).toEqual({
      ok: false,
      error: { code: 'failed', message: 'No answer from the browser within 5 minutes.' },
    });
  });
});
