import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { app, resetElectronMock, safeStorage, shell } from '../../test-support/electron-mock';
import { desktopAuth, type DesktopAuth, type DesktopAuthOptions } from '../desktop-auth';
import { SESSION_FILE_NAME } from '../session-vault';
import { startFakeIssuer, type FakeIssuer } from '../../../test/support/fake-issuer';

/** What the system browser showed after following the issuer's redirect back to the app. */
export type BrowserVisit = { status: number; body: string };

export type Harness = {
  fake: FakeIssuer;
  userData: string;
  sessionFile: string;
  /** Every page the fake browser loaded, in order. */
  visits: Promise<BrowserVisit>[];
  /** Changes the redirect before the fake browser follows it (tampering tests). */
  tamperRedirect: (redirect: URL) => void;
  focusApp: ReturnType<typeof vi.fn<() => void>>;
  log: ReturnType<typeof vi.fn<(message: string) => void>>;
  /** A fresh main process's sign-in service (same userData: a relaunch). */
  launch(options?: DesktopAuthOptions): DesktopAuth;
  /** The refresh token on disk, decrypted as the app would, or null when there is no file. */
  storedSession(): Promise<{ storeUrl: string; refreshToken: string } | null>;
  userDataFiles(): Promise<string[]>;
  dispose(): Promise<void>;
};

/**
 * A temporary userData folder, a fake store + issuer on loopback, and `shell.openExternal`
 * playing the system browser: the user signs in at once, so the browser follows the redirect
 * to the app's loopback server and records the page it gets.
 */
export async function createHarness(): Promise<Harness> {
  resetElectronMock();
  const userData = await mkdtemp(path.join(os.tmpdir(), 'cam-desk-sign-in-'));
  app.getPath.mockImplementation((name: string) =>
    name === 'userData' ? userData : `/fake-electron/${name}`,
  );
  const fake = await startFakeIssuer();
  const services: DesktopAuth[] = [];
  const harness: Harness = {
    fake,
    userData,
    sessionFile: path.join(userData, SESSION_FILE_NAME),
    visits: [],
    tamperRedirect: () => undefined,
    focusApp: vi.fn<() => void>(),
    log: vi.fn<(message: string) => void>(),
    launch(options = {}) {
      const service = desktopAuth({
        focusApp: harness.focusApp,
        log: harness.log,
        signInTimeoutMs: 2_000,
        revokeTimeoutMs: 200,
        // The keyring rule is Linux's: play Linux everywhere unless a test says otherwise.
        platform: 'linux',
        ...options,
      });
      services.push(service);
      return service;
    },
    async storedSession() {
      let encrypted: Buffer;
      try {
        encrypted = await readFile(harness.sessionFile);
      } catch {
        return null;
      }
      const { result } = await safeStorage.decryptStringAsync(encrypted);
      return JSON.parse(result) as { storeUrl: string; refreshToken: string };
    },
    userDataFiles: () => readdir(userData),
    async dispose() {
      for (const service of services) service.close();
      await Promise.allSettled(harness.visits);
      await fake.close();
      await rm(userData, { recursive: true, force: true });
    },
  };
  shell.openExternal.mockImplementation((url: string) => {
    const redirect = fake.authorize(url);
    harness.tamperRedirect(redirect);
    harness.visits.push(
      fetch(redirect).then(
        async (response) => ({ status: response.status, body: await response.text() }),
        (error: unknown) => ({ status: 0, body: String(error) }),
      ),
    );
    return Promise.resolve();
  });
  return harness;
}
