import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module, because importing the real package outside Electron
 * tries to download the binary. Tests install it with
 * `vi.mock('electron', () => import('./test-support/electron-mock'))` and import the same module
 * directly to drive the fakes. Only the surface the shell uses is modelled.
 */

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
}

export class BrowserWindow extends EventEmitter {
  static readonly instances = new Set<BrowserWindow>();

  static fromWebContents(contents: unknown): BrowserWindow | null {
    return [...BrowserWindow.instances].find((window) => window.webContents === contents) ?? null;
  }

  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.instances];
  }

  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(() => Promise.resolve());
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);

  constructor(readonly options: unknown) {
    super();
    BrowserWindow.instances.add(this);
  }

  /** Plays what Electron does when a window closes. */
  close(): void {
    BrowserWindow.instances.delete(this);
    this.emit('closed');
  }
}

export const app = Object.assign(new EventEmitter(), {
  getPath: vi.fn((name: string) => `/fake-electron/${name}`),
  getVersion: vi.fn(() => '0.1.0-test'),
  getLocale: vi.fn(() => 'es-ES'),
});

export const ipcMain = {
  listeners: new Map<string, InvokeListener>(),
  handle: vi.fn((channel: string, listener: InvokeListener) => {
    ipcMain.listeners.set(channel, listener);
  }),
};

export const ipcRenderer = {
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(() =>
    Promise.resolve(undefined),
  ),
};

export const contextBridge = {
  exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
};

export const protocol = {
  handlers: new Map<string, ProtocolHandler>(),
  handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
    protocol.handlers.set(scheme, handler);
  }),
  registerSchemesAsPrivileged: vi.fn(),
};

export const shell = {
  openExternal: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  },
};

export const dialog = { showErrorBox: vi.fn() };

type StorageBackend = ReturnType<Electron.SafeStorage['getSelectedStorageBackend']>;

/** What the fake keychain reports; tests flip these to play a machine without one. */
export const safeStorageState = {
  available: true,
  backend: 'gnome_libsecret' as StorageBackend,
};

const FAKE_CIPHER_HEADER = 'fake-safe-storage:';

/**
 * Scrambles rather than encrypts, but enough that a test can tell a token was not written in
 * clear, and that data not written by encryptStringAsync fails to decrypt as the real one does.
 */
function scramble(bytes: Buffer): Buffer {
  return Buffer.from(bytes.map((byte) => byte ^ 0x5a));
}

export const safeStorage = {
  isAsyncEncryptionAvailable: vi.fn(() => Promise.resolve(safeStorageState.available)),
  getSelectedStorageBackend: vi.fn(() => safeStorageState.backend),
  encryptStringAsync: vi.fn(async (plainText: string) => {
    if (!safeStorageState.available) throw new Error('Encryption is not available');
    return Buffer.concat([Buffer.from(FAKE_CIPHER_HEADER), scramble(Buffer.from(plainText))]);
  }),
  decryptStringAsync: vi.fn(async (encrypted: Buffer) => {
    const header = encrypted.subarray(0, FAKE_CIPHER_HEADER.length).toString();
    if (!safeStorageState.available || header !== FAKE_CIPHER_HEADER) {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString',
      );
    }
    const result = scramble(encrypted.subarray(FAKE_CIPHER_HEADER.length)).toString();
    return { result, shouldReEncrypt: false };
  }),
};

/** Forgets every registration and call, so each test starts from a fresh main process. */
export function resetElectronMock(): void {
  for (const window of BrowserWindow.getAllWindows()) window.close();
  vi.clearAllMocks();
  app.removeAllListeners();
  ipcMain.listeners.clear();
  protocol.handlers.clear();
  safeStorageState.available = true;
  safeStorageState.backend = 'gnome_libsecret';
}
