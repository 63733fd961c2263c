import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CamDeskBridge, IpcChannel } from '../shared/platform/ipc';
import { contextBridge, ipcRenderer } from './test-support/electron-mock';

vi.mock('electron', () => import('./test-support/electron-mock'));

let bridge: CamDeskBridge;

beforeAll(async () => {
  await import('./preload');
  const [key, api] = contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('camDesk');
  bridge = api as CamDeskBridge;
});

beforeEach(() => {
  ipcRenderer.invoke.mockClear();
});

describe('preload bridge', () => {
  it('exposes only invoke to the page', () => {
    expect(Object.keys(bridge)).toEqual(['invoke']);
  });

  it('forwards a contract channel to the main process and returns its answer', async () => {
    const answer = { ok: true, value: { version: '1.2.3', locale: 'en-GB' } };
    ipcRenderer.invoke.mockResolvedValueOnce(answer);
    await expect(bridge.invoke('app:info', null)).resolves.toBe(answer);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('app:info', null);
  });

  it.each(['shell:openExternal', 'store:connection ', '__proto__'])(
    'refuses channel %j without reaching the main process',
    async (channel) => {
      const result = await bridge.invoke(channel as IpcChannel, null);
      expect(result).toEqual({
        ok: false,
        error: { code: 'invalid_request', message: `Unknown IPC channel "${channel}"` },
      });
      expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );
});
