import { writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { safeStorageState } from '../test-support/electron-mock';
import { createHarness, type Harness } from './test-support/harness';

vi.mock('electron', () => import('../test-support/electron-mock'));

let harness: Harness;

beforeEach(async () => {
  harness = await createHarness();
});

afterEach(async () => {
  await harness.dispose();
});

/** Signed in, with access tokens that are always inside the refresh margin (so each use refreshes). */
async function signedInWithShortTokens() {
  harness.fake.accessTokenSeconds = 30;
  const auth = harness.launch();
  await auth.signIn(harness.fake.storeUrl);
  return auth;
}

describe('desktop session keeping', () => {
  it('hands out the access token it has while it has more than a minute left', async () => {
    const auth = harness.launch();
    await auth.signIn(harness.fake.storeUrl);
    const token = await auth.accessToken();
    expect(await auth.accessToken()).toBe(token);
    expect(harness.fake.calls.refresh).toBe(0);
  });

  it('refreshes once for concurrent callers and stores the rotated refresh token', async () => {
    const auth = await signedInWithShortTokens();
    const before = await harness.storedSession();

    const [first, second] = await Promise.all([auth.accessToken(), auth.accessToken()]);
    expect(harness.fake.calls.refresh).toBe(1);
    expect(first).toMatch(/^at-/);
    expect(second).toBe(first);

    const after = await harness.storedSession();
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    expect(harness.fake.liveRefreshTokens).toEqual(new Set([after?.refreshToken]));
    // The rotated token works for the next refresh: the old one was never replayed.
    expect(await auth.accessToken()).toMatch(/^at-/);
    expect(harness.fake.calls.refresh).toBe(2);
  });

  it('ends the session on invalid_grant: null, and the stored file removed', async () => {
    const auth = await signedInWithShortTokens();
    harness.fake.liveRefreshTokens.clear(); // revoked at the issuer, or the user deactivated
    expect(await auth.accessToken()).toBeNull();
    expect(await harness.userDataFiles()).toEqual([]);
    expect(await auth.resume(harness.fake.storeUrl)).toBe(false);
    expect(await auth.accessToken()).toBeNull();
  });

  it('keeps the session through a network failure and refreshes once back online', async () => {
    const auth = await signedInWithShortTokens();
    harness.fake.tokenEndpointDown = true;
    expect(await auth.accessToken()).toBeNull();
    expect(await harness.storedSession()).not.toBeNull();
    expect(await auth.resume(harness.fake.storeUrl)).toBe(true);
    harness.fake.tokenEndpointDown = false;
    expect(await auth.accessToken()).toMatch(/^at-/);
  });

  it('resumes a stored session at the next launch without touching the network', async () => {
    await (await signedInWithShortTokens()).accessToken();
    const requests = harness.fake.calls.requests.length;

    const relaunched = harness.launch();
    expect(await relaunched.resume(harness.fake.storeUrl)).toBe(true);
    expect(harness.fake.calls.requests).toHaveLength(requests);
    // The access token comes lazily, from the stored refresh token.
    expect(await relaunched.accessToken()).toMatch(/^at-/);
    expect(harness.fake.calls.refresh).toBe(2);
  });

  it('does not offer a stored session to another store', async () => {
    await harness.launch().signIn(harness.fake.storeUrl);
    const relaunched = harness.launch();
    expect(await relaunched.resume('http://127.0.0.1:1')).toBe(false);
    expect(await relaunched.accessToken()).toBeNull();
  });

  it('ignores a stored file that does not decrypt', async () => {
    await writeFile(harness.sessionFile, 'not encrypted by this keychain');
    const auth = harness.launch();
    expect(await auth.resume(harness.fake.storeUrl)).toBe(false);
    expect(harness.log).toHaveBeenCalledWith(expect.stringMatching(/could not be decrypted/));
  });

  it.each([
    { case: 'Linux without a keyring (basic_text)', backend: 'basic_text', available: true },
    { case: 'no OS encryption at all', backend: 'gnome_libsecret', available: false },
  ] as const)(
    'writes nothing to disk with $case, keeping the session for this run',
    async ({ backend, available }) => {
      safeStorageState.backend = backend;
      safeStorageState.available = available;
      const auth = await signedInWithShortTokens();
      expect(await auth.accessToken()).toMatch(/^at-/);
      expect(await auth.resume(harness.fake.storeUrl)).toBe(true);
      expect(await harness.userDataFiles()).toEqual([]);
      // Said once, not at every rotation.
      expect(harness.log).toHaveBeenCalledTimes(1);
      expect(harness.log).toHaveBeenCalledWith(expect.stringMatching(/memory only/));
      // The next launch has nothing to resume: the user signs in again.
      expect(await harness.launch().resume(harness.fake.storeUrl)).toBe(false);
    },
  );

  it('on Linux, persists with a real keyring backend (kwallet)', async () => {
    safeStorageState.backend = 'kwallet';
    await harness.launch({ platform: 'linux' }).signIn(harness.fake.storeUrl);
    expect(await harness.storedSession()).not.toBeNull();
  });

  it('asks no Linux backend question on other systems', async () => {
    safeStorageState.backend = 'basic_text';
    await harness.launch({ platform: 'darwin' }).signIn(harness.fake.storeUrl);
    expect(await harness.storedSession()).not.toBeNull();
  });

  it('signs out: revokes the refresh token at the issuer, deletes the file, forgets all', async () => {
    const auth = harness.launch();
    await auth.signIn(harness.fake.storeUrl);
    const stored = await harness.storedSession();

    await auth.signOut();
    expect(harness.fake.calls.revoked).toEqual([stored?.refreshToken]);
    expect(harness.fake.liveRefreshTokens.size).toBe(0);
    expect(await harness.userDataFiles()).toEqual([]);
    expect(await auth.accessToken()).toBeNull();
    expect(await auth.resume(harness.fake.storeUrl)).toBe(false);
  });

  it('signs out locally even when the issuer never answers the revocation', async () => {
    const auth = harness.launch({ revokeTimeoutMs: 50 });
    await auth.signIn(harness.fake.storeUrl);
    harness.fake.revocationHangs = true;
    const started = Date.now();
    await auth.signOut();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await harness.userDataFiles()).toEqual([]);
    expect(harness.log).toHaveBeenCalledWith(expect.stringMatching(/Could not revoke/));
  });

  it('a refresh that lands after sign-out neither revives the session nor leaves a live token', async () => {
    const auth = await signedInWithShortTokens();
    const pending = auth.accessToken();
    await auth.signOut();
    expect(await pending).toBeNull();
    expect(await auth.resume(harness.fake.storeUrl)).toBe(false);
    expect(await harness.userDataFiles()).toEqual([]);
    expect(harness.fake.liveRefreshTokens.size).toBe(0);
  });
});
