import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../server/config';
import type * as StartModule from '../server/start';
import { startStore } from '../server/start';
import { openStore } from './embedded-store';
import { app, resetElectronMock } from './test-support/electron-mock';

vi.mock('electron', () => import('./test-support/electron-mock'));
// The real store, watched: the remote cases must not start one.
vi.mock('../server/start', async (importOriginal) => {
  const actual = await importOriginal<typeof StartModule>();
  return { startStore: vi.fn(actual.startStore) };
});

beforeEach(() => {
  resetElectronMock();
});

describe('openStore with PRM_STORE_URL', () => {
  it.each([
    ['https://prm.example.com', 'https://prm.example.com'],
    ['https://prm.example.com/', 'https://prm.example.com'],
    [' http://10.0.0.5:8787/prm/ ', 'http://10.0.0.5:8787/prm'],
  ])('uses %j as %j without starting a store', async (value, storeUrl) => {
    const store = await openStore({ env: { PRM_STORE_URL: value } });
    expect(store.connection).toEqual({ storeUrl, embedded: false });
    expect(startStore).not.toHaveBeenCalled();
    expect(app.getPath).not.toHaveBeenCalled();
    await store.close();
  });

  it.each([
    'prm.example.com',
    'ftp://prm.example.com',
    'file:///srv/prm',
    'javascript:alert(1)',
    'https://user:secret@prm.example.com',
    'https://prm.example.com/?tenant=1',
  ])('rejects %j with an error naming the variable', async (value) => {
    const opening = openStore({ env: { PRM_STORE_URL: value } });
    await expect(opening).rejects.toThrow(ConfigError);
    await expect(opening).rejects.toThrow(/PRM_STORE_URL/);
    expect(startStore).not.toHaveBeenCalled();
  });
});

describe('openStore without PRM_STORE_URL', () => {
  it('starts the embedded store on loopback in the user data folder, open to app://', async () => {
    const userData = await mkdtemp(path.join(os.tmpdir(), 'cam-desk-user-data-'));
    app.getPath.mockReturnValue(userData);
    const store = await openStore({ env: {} });
    try {
      expect(app.getPath).toHaveBeenCalledWith('userData');
      expect(store.connection.embedded).toBe(true);
      expect(store.connection.storeUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(existsSync(path.join(userData, 'prm-store'))).toBe(true);

      const response = await fetch(`${store.connection.storeUrl}/health`, {
        headers: { Origin: 'app://cam-desk' },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('app://cam-desk');
      expect(await response.json()).toMatchObject({ status: 'ok', database: 'pglite' });
    } finally {
      await store.close();
      await rm(userData, { recursive: true, force: true });
    }
    await expect(fetch(`${store.connection.storeUrl}/health`)).rejects.toThrow();
  }, 60_000);

  it('answers on the same address at the next launch, and on another when that one is taken', async () => {
    const userData = await mkdtemp(path.join(os.tmpdir(), 'cam-desk-user-data-'));
    try {
      const first = await openStore({ env: {}, userDataDir: userData });
      const { storeUrl } = first.connection;
      const storeId = await storeIdAt(storeUrl);
      await first.close();

      const second = await openStore({ env: {}, userDataDir: userData });
      expect(second.connection.storeUrl).toBe(storeUrl);
      expect(await storeIdAt(second.connection.storeUrl)).toBe(storeId);

      await second.close();

      // Something else took the port meanwhile: the store opens on another one.
      const squatter = net.createServer();
      await new Promise<void>((resolve) =>
        squatter.listen(Number(new URL(storeUrl).port), '127.0.0.1', resolve),
      );
      try {
        const third = await openStore({ env: {}, userDataDir: userData });
        expect(third.connection.storeUrl).not.toBe(storeUrl);
        expect(await storeIdAt(third.connection.storeUrl)).toBe(storeId);
        await third.close();
      } finally {
        await new Promise((resolve) => squatter.close(resolve));
      }
    } finally {
      await rm(userData, { recursive: true, force: true });
    }
  }, 120_000);
});

async function storeIdAt(storeUrl: string): Promise<string> {
  const health = (await (await fetch(`${storeUrl}/health`)).json()) as { storeId: string };
  return health.storeId;
}
