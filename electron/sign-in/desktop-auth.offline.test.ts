import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SignInRejectedError } from '../../shared/auth/oidc-client';
import { shell } from '../test-support/electron-mock';
import { createHarness, type Harness } from './test-support/harness';

vi.mock('electron', () => import('../test-support/electron-mock'));

let harness: Harness;

beforeEach(async () => {
  harness = await createHarness();
});

afterEach(async () => {
  await harness.dispose();
});

/** Signed in once, then a relaunch: a new main process that has discovered nothing yet. */
async function relaunchedAfterSignIn(options: { issuerTimeoutMs?: number } = {}) {
  harness.fake.accessTokenSeconds = 30; // always inside the refresh margin
  await harness.launch().signIn(harness.fake.storeUrl);
  return harness.launch(options);
}

describe('desktop session without the network', () => {
  it('resumes with the issuer unreachable, has no token, and renews once it answers', async () => {
    const auth = await relaunchedAfterSignIn();
    harness.fake.unreachable = true;

    expect(await auth.resume(harness.fake.storeUrl)).toBe(true);
    expect(await auth.accessToken()).toBeNull();
    expect(await auth.accessToken()).toBeNull();
    // Still signed in, on disk too: being offline ends nothing.
    expect(await auth.resume(harness.fake.storeUrl)).toBe(true);
    expect(await harness.storedSession()).not.toBeNull();

    harness.fake.unreachable = false;
    // Discovery failed before; it is tried again rather than remembered as failed.
    expect(await auth.accessToken()).toMatch(/^at-/);
    expect(harness.fake.calls.refresh).toBe(1);
  });

  it.each(['discoveryHangs', 'tokenEndpointHangs'] as const)(
    'gives up after its timeout when %s, keeping the session',
    async (hang) => {
      const auth = await relaunchedAfterSignIn({ issuerTimeoutMs: 100 });
      harness.fake[hang] = true;
      expect(await auth.resume(harness.fake.storeUrl)).toBe(true);

      const started = Date.now();
      expect(await auth.accessToken()).toBeNull();
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(harness.log).toHaveBeenCalledWith(expect.stringMatching(/did not answer/));
      expect(await harness.storedSession()).not.toBeNull();

      harness.fake[hang] = false;
      expect(await auth.accessToken()).toMatch(/^at-/);
    },
  );

  it.each([
    { case: 'a server error', status: 503, error: 'server_error' },
    { case: 'a refusal that is not about the grant', status: 400, error: 'invalid_client' },
  ])('keeps the session when the issuer answers $case', async ({ status, error }) => {
    const auth = await relaunchedAfterSignIn();
    expect(await auth.resume(harness.fake.storeUrl)).toBe(true);
    harness.fake.tokenEndpointError = { status, error };
    expect(await auth.accessToken()).toBeNull();
    expect(await auth.resume(harness.fake.storeUrl)).toBe(true);
    expect(await harness.storedSession()).not.toBeNull();
    harness.fake.tokenEndpointError = null;
    expect(await auth.accessToken()).toMatch(/^at-/);
  });

  it('refuses an issuer whose discovery document names another issuer', async () => {
    harness.fake.discoveryIssuer = 'https://attacker.example';
    const auth = harness.launch();
    await expect(auth.signIn(harness.fake.storeUrl)).rejects.toBeInstanceOf(SignInRejectedError);
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(await auth.resume(harness.fake.storeUrl)).toBe(false);
  });

  it('ends the session when the issuer answers invalid_grant, even after being offline', async () => {
    const auth = await relaunchedAfterSignIn();
    harness.fake.unreachable = true;
    expect(await auth.resume(harness.fake.storeUrl)).toBe(true);
    expect(await auth.accessToken()).toBeNull();
    harness.fake.unreachable = false;
    harness.fake.liveRefreshTokens.clear();
    expect(await auth.accessToken()).toBeNull();
    expect(await auth.resume(harness.fake.storeUrl)).toBe(false);
    expect(await harness.userDataFiles()).toEqual([]);
  });
});
