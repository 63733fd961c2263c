import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { safeStorage } from 'electron';

/** Where the encrypted refresh token is kept, inside Electron's per-user folder. */
export const SESSION_FILE_NAME = 'session.bin';

export type SaveOutcome = { persisted: true } | { persisted: false; reason: string };

/**
 * The refresh token between launches, encrypted by the OS keychain through `safeStorage`. The
 * store URL is encrypted with it, so a token is only ever offered back to the store it came from.
 */
export type SessionVault = {
  /** Keeps the token on disk, or removes any older one and says why it would not. */
  save(storeUrl: string, refreshToken: string): Promise<SaveOutcome>;
  /** The token kept for this store, or null (none, another store's, or it does not decrypt). */
  load(storeUrl: string): Promise<string | null>;
  remove(): Promise<void>;
};

type StoredSession = { version: 1; storeUrl: string; refreshToken: string };

export type SessionVaultOptions = {
  /** Folder holding the file; Electron's userData. */
  directory: string;
  /** `getSelectedStorageBackend` exists on Linux only. */
  platform?: NodeJS.Platform;
  log?: (message: string) => void;
};

export function sessionVault({
  directory,
  platform = process.platform,
  log = (message) => {
    console.warn(message);
  },
}: SessionVaultOptions): SessionVault {
  const file = path.join(directory, SESSION_FILE_NAME);
  // Refresh tokens rotate: a save overtaken by an older one would keep a consumed token. One
  // file operation at a time, in call order.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <Result>(operation: () => Promise<Result>): Promise<Result> => {
    const next = queue.then(operation, operation);
    queue = next.catch(() => undefined);
    return next;
  };

  const write = async (session: StoredSession) => {
    const encrypted = await safeStorage.encryptStringAsync(JSON.stringify(session));
    await mkdir(directory, { recursive: true });
    // Written aside then renamed: a crash mid-write must not leave half a token behind.
    const temporary = `${file}.${String(process.pid)}.tmp`;
    await writeFile(temporary, new Uint8Array(encrypted), { mode: 0o600 });
    await rename(temporary, file);
  };
  const removeFile = () => rm(file, { force: true });

  return {
    save: (storeUrl, refreshToken) =>
      serial(async () => {
        const refusal = await whyNotPersist(platform);
        if (refusal !== null) {
          // An older token on disk would outlive the one kept in memory: drop it.
          await removeFile();
          return { persisted: false, reason: refusal };
        }
        await write({ version: 1, storeUrl, refreshToken });
        return { persisted: true };
      }),

    load: (storeUrl) =>
      serial(async () => {
        let encrypted: Buffer;
        try {
          encrypted = await readFile(file);
        } catch (error) {
          if (isMissingFile(error)) return null;
          throw error;
        }
        if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
        let stored: StoredSession | null;
        try {
          const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(encrypted);
          stored = parseStoredSession(result);
          // The keychain rotated its key: write the token again under the new one.
          if (stored !== null && shouldReEncrypt) await write(stored);
        } catch (error) {
          // Another user's or machine's keychain, or a damaged file: sign in again.
          log(`Ignoring the saved session: it could not be decrypted (${reasonOf(error)}).`);
          return null;
        }
        return stored !== null && stored.storeUrl === storeUrl ? stored.refreshToken : null;
      }),

    remove: () => serial(removeFile),
  };
}

/**
 * Null when the keychain can protect the token. Linux without a keyring falls back to
 * `basic_text`, a key hard-coded in Chromium: the file would be as good as plain text to anyone
 * who can read the user's folder, so the token is then kept for this run only.
 */
async function whyNotPersist(platform: NodeJS.Platform): Promise<string | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) {
    return 'the operating system offers no encryption for it (safeStorage is unavailable)';
  }
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') {
      return `no keyring is available (safeStorage backend "${backend}"); install and unlock a Secret Service keyring or KWallet to stay signed in`;
    }
  }
  return null;
}

function parseStoredSession(text: string): StoredSession | null {
  const value: unknown = JSON.parse(text);
  if (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    value.version === 1 &&
    'storeUrl' in value &&
    typeof value.storeUrl === 'string' &&
    'refreshToken' in value &&
    typeof value.refreshToken === 'string'
  ) {
    return { version: 1, storeUrl: value.storeUrl, refreshToken: value.refreshToken };
  }
  return null;
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
