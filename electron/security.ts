import { app, session, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { isAppUrl } from './app-protocol';

/**
 * Electron's security checklist in one place: https://www.electronjs.org/docs/latest/tutorial/security
 * The page runs our own code only, yet it renders partner data: treat it as untrusted anyway.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
  };
}

/** Covers every web contents, including ones we did not create ourselves. */
export function applySecurityPolicy(): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
  });
  denyAllPermissions(session.defaultSession);
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // New windows would escape these rules; web links belong in the user's browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebUrl(url)) openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** The app needs no camera, location, notifications-by-web-API or the like: refuse them all. */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  target.setPermissionCheckHandler(() => false);
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function openInBrowser(url: string): void {
  shell.openExternal(url).catch((error: unknown) => {
    console.error(`Could not open ${url} in the system browser`, error);
  });
}
