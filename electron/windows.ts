import { fileURLToPath } from 'node:url';
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-protocol';
import { secureWebPreferences } from './security';

/** Built next to the bundled main (dist-electron/), as CommonJS: sandboxed preloads cannot load ESM. */
export const preloadPath = fileURLToPath(new URL('./preload.cjs', import.meta.url));

/**
 * IPC answers only these windows, not any web contents that manages to send a message.
 * Electron's base class, as `BrowserWindow.fromWebContents` returns it.
 */
const ownWindows = new Set<Electron.BrowserWindow>();

export function isOwnWindow(window: Electron.BrowserWindow | null): boolean {
  return window !== null && ownWindows.has(window);
}

export function createMainWindow(preload = preloadPath): BrowserWindow {
  const window = new BrowserWindow({
    title: 'CAM Desk',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(preload),
  });
  ownWindows.add(window);
  window.once('ready-to-show', () => {
    window.show();
  });
  window.on('closed', () => {
    ownWindows.delete(window);
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(`Could not load ${APP_ENTRY_URL}`, error);
  });
  return window;
}

/** Brings an existing window forward (second launch, dock click) or opens one. */
export function showMainWindow(): Electron.BrowserWindow {
  const [existing] = ownWindows;
  if (existing === undefined) return createMainWindow();
  if (existing.isMinimized()) existing.restore();
  existing.focus();
  return existing;
}
