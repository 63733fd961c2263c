import type { BrowserWindow as ElectronBrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetElectronMock } from './test-support/electron-mock';
import { createMainWindow, isOwnWindow, showMainWindow } from './windows';

vi.mock('electron', () => import('./test-support/electron-mock'));

/** windows.ts returns Electron's type; underneath it is the fake. */
function fake(window: ElectronBrowserWindow): BrowserWindow {
  return window as unknown as BrowserWindow;
}

beforeEach(() => {
  resetElectronMock();
});

describe('createMainWindow', () => {
  it('opens a hidden, hardened "CAM Desk" window on the app page', () => {
    const window = fake(createMainWindow('/app/dist-electron/preload.cjs'));
    expect(window.options).toMatchObject({
      title: 'CAM Desk',
      show: false,
      webPreferences: {
        preload: '/app/dist-electron/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      },
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://cam-desk/index.html');
  });

  it('shows the window only once it is ready to show', () => {
    const window = fake(createMainWindow('/preload.cjs'));
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('remembers the windows it made until they close', () => {
    const window = createMainWindow('/preload.cjs');
    const stranger = new BrowserWindow({}) as unknown as ElectronBrowserWindow;
    expect(isOwnWindow(window)).toBe(true);
    expect(isOwnWindow(stranger)).toBe(false);
    expect(isOwnWindow(null)).toBe(false);
    fake(window).close();
    expect(isOwnWindow(window)).toBe(false);
  });
});

describe('showMainWindow', () => {
  it('creates a window when there is none', () => {
    showMainWindow();
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('brings back an existing window instead of opening a second', () => {
    const window = fake(createMainWindow('/preload.cjs'));
    window.isMinimized.mockReturnValue(true);
    expect(showMainWindow()).toBe(window);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
  });
});
