import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applySecurityPolicy,
  denyAllPermissions,
  hardenWebContents,
  secureWebPreferences,
} from './security';
import {
  app,
  FakeWebContents,
  resetElectronMock,
  session,
  shell,
} from './test-support/electron-mock';

vi.mock('electron', () => import('./test-support/electron-mock'));

function hardenedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

function navigate(contents: FakeWebContents, url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  contents.emit('will-navigate', event);
  return event.preventDefault.mock.calls.length === 0;
}

function openWindow(contents: FakeWebContents, url: string) {
  if (contents.windowOpenHandler === undefined) throw new Error('No window-open handler');
  return contents.windowOpenHandler({ url });
}

beforeEach(() => {
  resetElectronMock();
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page and keeps Node out of it', () => {
    expect(secureWebPreferences('/app/dist-electron/preload.cjs')).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('hardenWebContents', () => {
  it.each([
    ['app://cam-desk/partners', true],
    ['app://cam-desk/index.html#/approvals', true],
    ['https://evil.example/', false],
    ['http://127.0.0.1:8787/', false],
    ['file:///etc/passwd', false],
    ['app://other-host/index.html', false],
    ['javascript:alert(1)', false],
  ])('navigation to %s allowed: %s', (url, allowed) => {
    expect(navigate(hardenedContents(), url)).toBe(allowed);
  });

  it.each(['https://partner.example.com/deal/7', 'http://intranet.example/'])(
    'denies a new window for %s and opens it in the system browser',
    (url) => {
      expect(openWindow(hardenedContents(), url)).toEqual({ action: 'deny' });
      expect(shell.openExternal).toHaveBeenCalledWith(url);
    },
  );

  it.each([
    'app://cam-desk/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://share/x',
    'about:blank',
  ])('denies a new window for %s without handing it to the OS', (url) => {
    expect(openWindow(hardenedContents(), url)).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents <webview> from attaching', () => {
    const contents = hardenedContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('applySecurityPolicy', () => {
  it('hardens every web contents Electron creates', () => {
    applySecurityPolicy();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(navigate(contents, 'https://evil.example/')).toBe(false);
    expect(openWindow(contents, 'about:blank')).toEqual({ action: 'deny' });
  });

  it('denies permissions on the default session', () => {
    applySecurityPolicy();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
  });
});

describe('denyAllPermissions', () => {
  const requestHandler = vi.fn();
  const checkHandler = vi.fn();
  const target = {
    setPermissionRequestHandler: requestHandler,
    setPermissionCheckHandler: checkHandler,
  } as unknown as Session;

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'refuses a request for %s and reports it as not granted',
    (permission) => {
      denyAllPermissions(target);
      const onRequest = requestHandler.mock.lastCall?.[0] as (
        contents: unknown,
        permission: string,
        callback: (granted: boolean) => void,
      ) => void;
      const callback = vi.fn();
      onRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);

      const onCheck = checkHandler.mock.lastCall?.[0] as (
        contents: unknown,
        permission: string,
      ) => boolean;
      expect(onCheck(null, permission)).toBe(false);
    },
  );
});
