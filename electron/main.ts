import { app, dialog } from 'electron';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { openStore, type StoreHandle } from './embedded-store';
import { ipcHandlers, registerIpcHandlers } from './ipc';
import { applySecurityPolicy } from './security';
import { desktopAuth, type DesktopAuth } from './sign-in/desktop-auth';
import { isOwnWindow, showMainWindow } from './windows';

/** Boots the shell; each concern lives in its own module. */

let store: StoreHandle | undefined;
let auth: DesktopAuth | undefined;

registerAppScheme();
app.enableSandbox();

// A second copy would open the same embedded database folder, which PGlite does not allow.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    // Before boot finishes there is no page to show yet; boot opens the window itself.
    if (store !== undefined) showMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    // A sign-in still waiting for the browser holds a loopback server open.
    auth?.close();
    const closing = store;
    if (closing === undefined) return;
    store = undefined;
    event.preventDefault();
    closing
      .close()
      .catch((error: unknown) => {
        console.error('Could not close the embedded store cleanly', error);
      })
      .finally(() => {
        app.quit();
      });
  });
  app.whenReady().then(boot).catch(failToStart);
} else {
  app.quit();
}

async function boot(): Promise<void> {
  applySecurityPolicy();
  store = await openStore();
  serveAppProtocol({ storeUrl: store.connection.storeUrl });
  auth = desktopAuth({ focusApp: bringToFront });
  registerIpcHandlers(ipcHandlers(store.connection, auth), isOwnWindow);
  showMainWindow();
  // macOS keeps the app alive with no window; a dock click opens one again.
  app.on('activate', () => {
    showMainWindow();
  });
}

/** After signing in, the user is in the browser: bring them back to the app. */
function bringToFront(): void {
  showMainWindow();
  // macOS does not let a window's focus() take over from the active app; this does.
  if (process.platform === 'darwin') app.focus({ steal: true });
}

function failToStart(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('CAM Desk could not start', message);
  // app.exit skips will-quit, so a store that did start is closed here.
  const opened = store;
  store = undefined;
  (opened ? opened.close() : Promise.resolve())
    .catch((closeError: unknown) => {
      console.error('Could not close the embedded store cleanly', closeError);
    })
    .finally(() => {
      app.exit(1);
    });
}
