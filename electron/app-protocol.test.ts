import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  contentSecurityPolicy,
  isAppUrl,
  registerAppScheme,
  serveAppProtocol,
} from './app-protocol';
import { protocol, resetElectronMock } from './test-support/electron-mock';

vi.mock('electron', () => import('./test-support/electron-mock'));

/** A built renderer in <tmp>/dist/desktop, with a secret beside it that must stay unreachable. */
let workspace: string;
let root: string;

beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'cam-desk-protocol-'));
  root = path.join(workspace, 'dist', 'desktop');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>CAM Desk</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(path.join(workspace, 'dist', 'secret.txt'), 'SECRET');
  await writeFile(path.join(workspace, 'secret.txt'), 'SECRET');
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

beforeEach(() => {
  resetElectronMock();
});

function appRequest(url: string, init?: RequestInit): Promise<Response> {
  serveAppProtocol({ root, storeUrl: 'https://prm.example.com/api' });
  const handler = protocol.handlers.get('app');
  if (handler === undefined) throw new Error('app:// is not handled');
  return Promise.resolve(handler(new Request(url, init)));
}

describe('registerAppScheme', () => {
  it('makes app:// a standard, secure scheme that fetch() can use', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('app:// handler', () => {
  it.each(['app://cam-desk/index.html', 'app://cam-desk/'])(
    'serves index.html for %s with a strict CSP that admits the configured store',
    async (url) => {
      const response = await appRequest(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>CAM Desk</title>');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(
        /connect-src 'self' http:\/\/127\.0\.0\.1:\* http:\/\/localhost:\* https:\/\/prm\.example\.com;/,
      );
    },
  );

  it('serves assets with their type and without a CSP of their own', async () => {
    const response = await appRequest('app://cam-desk/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.text()).toBe('console.log("app")');
  });

  it('answers a client-side route with the app, so a reload there still works', async () => {
    const response = await appRequest('app://cam-desk/partners/p-42');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).not.toBeNull();
    expect(await response.text()).toContain('<title>CAM Desk</title>');
  });

  it.each([
    'app://cam-desk/../secret.txt',
    'app://cam-desk/%2e%2e/secret.txt',
    'app://cam-desk/..%2fsecret.txt',
    'app://cam-desk/..%2f..%2fsecret.txt',
    'app://cam-desk/assets/..%2f..%2fsecret.txt',
    'app://cam-desk/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://cam-desk/..%5c..%5csecret.txt',
    'app://cam-desk/%E0%A4%A',
    'app://cam-desk/index.html%00.js',
    'app://cam-desk/assets/missing.js',
    'app://other-host/index.html',
  ])('refuses %s with 404', async (url) => {
    const response = await appRequest(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await appRequest('app://cam-desk/index.html', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
  });
});

describe('contentSecurityPolicy', () => {
  it('lists each store origin once', () => {
    const csp = contentSecurityPolicy(['http://127.0.0.1:*', 'https://prm.example.com']);
    expect(csp).toContain(
      "connect-src 'self' http://127.0.0.1:* http://localhost:* https://prm.example.com;",
    );
  });
});

describe('isAppUrl', () => {
  it.each([
    ['app://cam-desk/index.html', true],
    ['app://cam-desk/partners?tab=deals', true],
    ['app://cam-desk.evil/index.html', false],
    ['app://cam-desk@evil/index.html', false],
    ['https://cam-desk/index.html', false],
    ['file:///cam-desk/index.html', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});
