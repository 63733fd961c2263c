import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SignInRejectedError } from '../../shared/auth/oidc-client';
import type { PlatformAuth } from '../../shared/platform/platform';
import { startFakeIssuer, type FakeIssuer } from '../../test/support/fake-issuer';
import { storageKeys } from '../app/storage-keys';
import { webAuth } from './web-auth';
import { memoryStorage } from '../test-support/memory-storage';

const origin = 'http://127.0.0.1:5173';
let fake: FakeIssuer;
let page: { origin: string; search: string; pathname: string; assign: (url: string) => void };

beforeEach(async () => {
  fake = await startFakeIssuer();
  page = { origin, search: '', pathname: '/', assign: vi.fn<(url: string) => void>() };
  vi.stubGlobal('window', {
    location: page,
    history: { replaceState: () => (page.search = '') },
  });
  vi.stubGlobal('localStorage', memoryStorage());
  vi.stubGlobal('sessionStorage', memoryStorage());
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await fake.close();
});

/** Signs in as a browser would: to the issuer, back to the page, and `resume` on the new page. */
async function signedIn(options: { issuerTimeoutMs?: number } = {}): Promise<PlatformAuth> {
  void webAuth(options).signIn(fake.storeUrl);
  await vi.waitFor(() => {
    expect(page.assign).toHaveBeenCalledTimes(1);
  });
  const authorizationUrl = String(vi.mocked(page.assign).mock.calls[0]?.[0]);
  page.search = fake.authorize(authorizationUrl).search;
  const returned = webAuth(options);
  expect(await returned.resume(fake.storeUrl)).toBe(true);
  return returned;
}

/** The tab is closed and the page opened again later: sessionStorage is gone, memory too. */
function reopened(options: { issuerTimeoutMs?: number } = {}): PlatformAuth {
  vi.stubGlobal('sessionStorage', memoryStorage());
  return webAuth(options);
}

describe('web sign-in', () => {
  it('signs in with PKCE and a nonce, and keeps the session across closing the tab', async () => {
    await signedIn();
    const authorization = new URL(String(vi.mocked(page.assign).mock.calls[0]?.[0]));
    expect(authorization.searchParams.get('redirect_uri')).toBe(`${origin}/`);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    expect(page.search).toBe('');
    expect(localStorage.getItem(storageKeys.tokens(fake.storeUrl))).toContain('rt-');

    const later = reopened();
    expect(await later.resume(fake.storeUrl)).toBe(true);
    expect(await later.accessToken()).toMatch(/^at-/);
    expect(await later.resume('http://127.0.0.1:1')).toBe(false);
  });

  it('reopens offline with an expired token: signed in, no token, renewed once back', async () => {
    fake.accessTokenSeconds = 30; // always inside the refresh margin
    await signedIn();
    const later = reopened();
    fake.unreachable = true;
    expect(await later.resume(fake.storeUrl)).toBe(true);
    expect(await later.accessToken()).toBeNull();
    expect(await later.resume(fake.storeUrl)).toBe(true);

    fake.unreachable = false;
    expect(await later.accessToken()).toMatch(/^at-/);
    expect(fake.calls.refresh).toBe(1);
  });

  it('gives up on a hung issuer after its timeout, keeping the session', async () => {
    fake.accessTokenSeconds = 30;
    const auth = await signedIn({ issuerTimeoutMs: 100 });
    fake.tokenEndpointHangs = true;
    const started = Date.now();
    expect(await auth.accessToken()).toBeNull();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await auth.resume(fake.storeUrl)).toBe(true);
    fake.tokenEndpointHangs = false;
    expect(await auth.accessToken()).toMatch(/^at-/);
  });

  it('forgets the session only when the issuer answers invalid_grant', async () => {
    fake.accessTokenSeconds = 30;
    const auth = await signedIn();
    for (const [status, error] of [
      [503, 'server_error'],
      [400, 'invalid_client'],
    ] as const) {
      fake.tokenEndpointError = { status, error };
      expect(await auth.accessToken()).toBeNull();
      expect(await auth.resume(fake.storeUrl)).toBe(true);
    }
    fake.tokenEndpointError = null;
    fake.liveRefreshTokens.clear();
    expect(await auth.accessToken()).toBeNull();
    expect(await auth.resume(fake.storeUrl)).toBe(false);
    expect(localStorage.getItem(storageKeys.tokens(fake.storeUrl))).toBeNull();
  });

  it('refuses an issuer whose discovery document names another issuer', async () => {
    fake.discoveryIssuer = 'https://attacker.example';
    await expect(webAuth().signIn(fake.storeUrl)).rejects.toBeInstanceOf(SignInRejectedError);
    expect(page.assign).not.toHaveBeenCalled();
  });

  it('refuses an answer from another issuer without redeeming its code', async () => {
    void webAuth().signIn(fake.storeUrl);
    await vi.waitFor(() => {
      expect(page.assign).toHaveBeenCalledTimes(1);
    });
    const redirect = fake.authorize(String(vi.mocked(page.assign).mock.calls[0]?.[0]));
    redirect.searchParams.set('iss', 'https://attacker.example');
    page.search = redirect.search;
    const returned = webAuth();
    await expect(returned.resume(fake.storeUrl)).rejects.toThrow(/attacker\.example/);
    expect(fake.calls.authorizationCode).toBe(0);
    expect(await returned.resume(fake.storeUrl)).toBe(false);
  });

  it('signs out: forgets the session and revokes it at the issuer', async () => {
    const auth = await signedIn();
    const [refreshToken] = fake.liveRefreshTokens;
    await auth.signOut();
    expect(fake.calls.revoked).toEqual([refreshToken]);
    expect(await auth.resume(fake.storeUrl)).toBe(false);
    expect(await auth.accessToken()).toBeNull();
  });

  it('a refresh that lands after sign-out does not bring the session back', async () => {
    fake.accessTokenSeconds = 30;
    const auth = await signedIn();
    const pending = auth.accessToken();
    await auth.signOut();
    expect(await pending).toBeNull();
    expect(await auth.resume(fake.storeUrl)).toBe(false);
    expect(localStorage.getItem(storageKeys.tokens(fake.storeUrl))).toBeNull();
  });
});
