import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shell } from '../test-support/electron-mock';
import { SignInCancelledError, SignInTimeoutError } from './loopback-redirect';
import { createHarness, type Harness } from './test-support/harness';

vi.mock('electron', () => import('../test-support/electron-mock'));

let harness: Harness;

beforeEach(async () => {
  harness = await createHarness();
});

afterEach(async () => {
  await harness.dispose();
});

describe('desktop sign-in through the system browser (loopback redirect)', () => {
  it('signs in end to end and keeps the refresh token encrypted in userData', async () => {
    const auth = harness.launch();
    await auth.signIn(harness.fake.storeUrl);

    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    const authorization = new URL(String(shell.openExternal.mock.calls[0]?.[0]));
    expect(`${authorization.origin}${authorization.pathname}`).toBe(`${harness.fake.issuer}/auth`);
    expect(authorization.searchParams.get('redirect_uri')).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/callback$/,
    );
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('resource')).toBe('urn:cam-desk:api');

    const [visit] = await Promise.all(harness.visits);
    expect(visit?.status).toBe(200);
    expect(visit?.body).toContain('Signed in to CAM Desk');
    expect(visit?.body).toContain('You can close this tab');

    expect(harness.fake.calls.authorizationCode).toBe(1);
    const [refreshToken] = harness.fake.liveRefreshTokens;
    expect(await harness.storedSession()).toEqual({
      version: 1,
      storeUrl: harness.fake.storeUrl,
      refreshToken,
    });
    const onDisk = await readFile(harness.sessionFile);
    expect(onDisk.toString('latin1')).not.toContain(String(refreshToken));
    expect(await auth.accessToken()).toMatch(/^at-/);
    expect(await auth.resume(harness.fake.storeUrl)).toBe(true);
    expect(harness.focusApp).toHaveBeenCalledTimes(1);
  });

  it('closes the loopback server once the browser was answered', async () => {
    const auth = harness.launch();
    await auth.signIn(harness.fake.storeUrl);
    const redirectUri = new URL(String(shell.openExternal.mock.calls[0]?.[0])).searchParams.get(
      'redirect_uri',
    );
    await expect(fetch(String(redirectUri))).rejects.toThrow();
  });

  it('rejects an answer whose state is not the one sent, without using its code', async () => {
    harness.tamperRedirect = (redirect) => {
      redirect.searchParams.set('state', 'forged-state');
    };
    const auth = harness.launch();
    await expect(auth.signIn(harness.fake.storeUrl)).rejects.toThrow(/does not match/);
    const [visit] = await Promise.all(harness.visits);
    expect(visit?.status).toBe(400);
    expect(visit?.body).toContain('could not sign you in');
    expect(harness.fake.calls.authorizationCode).toBe(0);
    expect(await auth.resume(harness.fake.storeUrl)).toBe(false);
    expect(await harness.userDataFiles()).toEqual([]);
    // The user is still in the browser: the app comes forward to show what went wrong.
    expect(harness.focusApp).toHaveBeenCalledTimes(1);
  });

  it('rejects an answer from another issuer (RFC 9207 mix-up defence)', async () => {
    harness.tamperRedirect = (redirect) => {
      redirect.searchParams.set('iss', 'https://attacker.example');
    };
    const auth = harness.launch();
    await expect(auth.signIn(harness.fake.storeUrl)).rejects.toThrow(/attacker\.example/);
    expect(harness.fake.calls.authorizationCode).toBe(0);
  });

  it('rejects an answer without iss when the issuer says it always sends one', async () => {
    harness.tamperRedirect = (redirect) => {
      redirect.searchParams.delete('iss');
    };
    const auth = harness.launch();
    await expect(auth.signIn(harness.fake.storeUrl)).rejects.toThrow(/which issuer/);
    expect(harness.fake.calls.authorizationCode).toBe(0);
  });

  it('shows the issuer’s refusal to the user, escaped', async () => {
    harness.tamperRedirect = (redirect) => {
      redirect.searchParams.delete('code');
      redirect.searchParams.set('error', 'access_denied');
      redirect.searchParams.set('error_description', '<script>alert(1)</script>');
    };
    const auth = harness.launch();
    await expect(auth.signIn(harness.fake.storeUrl)).rejects.toThrow(/refused the sign-in/);
    const [visit] = await Promise.all(harness.visits);
    expect(visit?.body).not.toContain('<script>');
    expect(visit?.body).toContain('&#60;script&#62;');
  });

  it('gives up when the browser never comes back, and closes the server', async () => {
    shell.openExternal.mockImplementation(() => Promise.resolve());
    const auth = harness.launch({ signInTimeoutMs: 100 });
    const started = Date.now();
    await expect(auth.signIn(harness.fake.storeUrl)).rejects.toBeInstanceOf(SignInTimeoutError);
    expect(Date.now() - started).toBeLessThan(1_000);
    const redirectUri = new URL(String(shell.openExternal.mock.calls[0]?.[0])).searchParams.get(
      'redirect_uri',
    );
    await expect(fetch(String(redirectUri))).rejects.toThrow();
  });

  it('fails at once when the browser cannot be opened', async () => {
    shell.openExternal.mockImplementation(() => Promise.reject(new Error('no handler for http')));
    const auth = harness.launch();
    await expect(auth.signIn(harness.fake.storeUrl)).rejects.toThrow(/Could not open the browser/);
  });

  it('joins a sign-in already under way, opening its page again', async () => {
    const browse = shell.openExternal.getMockImplementation();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The user takes their time in the browser: the first visit waits for the test.
    shell.openExternal.mockImplementation(async (url: string) => {
      if (shell.openExternal.mock.calls.length === 1) await gate;
      return browse?.(url);
    });
    const auth = harness.launch();
    const first = auth.signIn(harness.fake.storeUrl);
    await vi.waitFor(() => {
      expect(shell.openExternal).toHaveBeenCalledTimes(1);
    });
    const second = auth.signIn(harness.fake.storeUrl);
    expect(shell.openExternal).toHaveBeenCalledTimes(2);
    expect(shell.openExternal.mock.calls[1]).toEqual(shell.openExternal.mock.calls[0]);
    await Promise.all([first, second]);
    release();
    expect(harness.fake.calls.authorizationCode).toBe(1);
  });

  it('signing out cancels a sign-in that is waiting for the browser', async () => {
    shell.openExternal.mockImplementation(() => Promise.resolve());
    const auth = harness.launch();
    const signingIn = auth.signIn(harness.fake.storeUrl);
    await vi.waitFor(() => {
      expect(shell.openExternal).toHaveBeenCalledTimes(1);
    });
    const cancelled = expect(signingIn).rejects.toBeInstanceOf(SignInCancelledError);
    await auth.signOut();
    await cancelled;
    expect(harness.focusApp).not.toHaveBeenCalled();
  });
});
