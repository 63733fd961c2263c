import {
  SessionEndedError,
  discoverSignIn,
  exchangeCode,
  refreshTokens,
  revokeRefreshToken,
  startAuthorization,
  type PendingAuthorization,
  type SignInSetup,
  type TokenSet,
} from '../../shared/auth/oidc-client';
import type { PlatformAuth } from '../../shared/platform/platform';
import { sessionStorageKeys, storageKeys } from '../app/storage-keys';

/** Refresh a minute before the access token runs out. */
const REFRESH_MARGIN_MS = 60_000;
/** Sign-out waits this long for the issuer to revoke; the local session is gone before. */
const REVOKE_WAIT_MS = 5_000;
/** Tabs of one origin share the session: one refresh at a time across all of them. */
const REFRESH_LOCK = 'cam-desk.refresh';

type Pending = PendingAuthorization & { storeUrl: string };

export type WebAuthOptions = {
  /** Per request to the issuer (ISSUER_TIMEOUT_MS by default); tests shorten it. */
  issuerTimeoutMs?: number;
};

/**
 * Browser sign-in: authorization code + PKCE with a full-page redirect back to this page,
 * through the same client as the desktop (shared/auth/oidc-client.ts). Offline the kept
 * session stands: `accessToken()` has none to give until the issuer answers again, and only
 * the issuer saying the grant is over forgets it.
 */
export function webAuth({ issuerTimeoutMs }: WebAuthOptions = {}): PlatformAuth {
  let setup: { storeUrl: string; discovery: Promise<SignInSetup> } | undefined;
  let storeUrl = '';
  let refreshing: Promise<string | null> | undefined;
  const redirectUri = () => `${window.location.origin}/`;

  const setupFor = (url: string): Promise<SignInSetup> => {
    if (setup?.storeUrl === url) return setup.discovery;
    const entry = { storeUrl: url, discovery: discoverSignIn(url, { timeoutMs: issuerTimeoutMs }) };
    setup = entry;
    // Offline now is not offline forever: discover again at the next need.
    entry.discovery.catch(() => {
      if (setup === entry) setup = undefined;
    });
    return entry.discovery;
  };

  async function renew(url: string): Promise<string | null> {
    return oneTabAtATime(async () => {
      // Another tab may have renewed meanwhile (refresh tokens rotate): its tokens are live.
      const tokens = readTokens(url);
      if (tokens === null) return null;
      if (isFresh(tokens)) return tokens.accessToken;
      if (tokens.refreshToken === null) {
        localStorage.removeItem(storageKeys.tokens(url));
        return null;
      }
      try {
        const next = await refreshTokens(await setupFor(url), tokens.refreshToken);
        // Signed out (here or in another tab) while the issuer answered: do not bring it back.
        if (readTokens(url)?.refreshToken !== tokens.refreshToken) return null;
        saveTokens(url, { ...next, refreshToken: next.refreshToken ?? tokens.refreshToken });
        return next.accessToken;
      } catch (error) {
        if (error instanceof SessionEndedError) localStorage.removeItem(storageKeys.tokens(url));
        // Offline, timed out or the issuer is away: no token now, the session stays and the
        // next call tries again.
        return null;
      }
    });
  }

  return {
    async signIn(url) {
      storeUrl = url;
      const { url: authorizationUrl, pending } = await startAuthorization(
        await setupFor(url),
        redirectUri(),
      );
      const kept: Pending = { ...pending, storeUrl: url };
      sessionStorage.setItem(sessionStorageKeys.pendingSignIn, JSON.stringify(kept));
      window.location.assign(authorizationUrl);
      // The page is leaving for the issuer; resolving would let the caller act on a dead page.
      await new Promise<never>(() => undefined);
    },

    async resume(url) {
      storeUrl = url;
      // Start discovery early; it is awaited only where the network is needed.
      void setupFor(url).catch(() => undefined);
      const answer = new URLSearchParams(window.location.search);
      const pending = readPending();
      if (pending !== null && (answer.has('code') || answer.has('error'))) {
        sessionStorage.removeItem(sessionStorageKeys.pendingSignIn);
        window.history.replaceState(null, '', window.location.pathname);
        if (pending.storeUrl === url) {
          saveTokens(url, await exchangeCode(await setupFor(url), answer, pending));
        }
      }
      // No network needed: a kept session counts, even with an expired access token.
      return readTokens(url) !== null;
    },

    accessToken() {
      const tokens = readTokens(storeUrl);
      if (tokens === null) return Promise.resolve(null);
      if (isFresh(tokens)) return Promise.resolve(tokens.accessToken);
      const url = storeUrl;
      refreshing ??= renew(url).finally(() => {
        refreshing = undefined;
      });
      return refreshing;
    },

    async signOut() {
      const url = storeUrl;
      const tokens = readTokens(url);
      localStorage.removeItem(storageKeys.tokens(url));
      if (tokens?.refreshToken) {
        const revoke = setupFor(url).then((current) =>
          revokeRefreshToken(current, tokens.refreshToken ?? ''),
        );
        const waited = new Promise<void>((resolve) => setTimeout(resolve, REVOKE_WAIT_MS));
        await Promise.race([revoke.catch(() => undefined), waited]);
      }
    },
  };
}

function isFresh(tokens: TokenSet): boolean {
  return tokens.expiresAt - REFRESH_MARGIN_MS > Date.now();
}

function saveTokens(url: string, tokens: TokenSet): void {
  localStorage.setItem(storageKeys.tokens(url), JSON.stringify(tokens));
}

/** Web Locks where the browser has them (not on plain http off localhost); else this tab only. */
function oneTabAtATime<Result>(work: () => Promise<Result>): Promise<Result> {
  const { navigator } = globalThis as { navigator?: { locks?: LockManager } };
  const locks = navigator?.locks;
  return locks ? locks.request(REFRESH_LOCK, work) : work();
}

function readTokens(url: string): TokenSet | null {
  const value = readJson(localStorage, storageKeys.tokens(url));
  if (!isRecord(value)) return null;
  const { accessToken, refreshToken, expiresAt } = value;
  if (
    typeof accessToken === 'string' &&
    (typeof refreshToken === 'string' || refreshToken === null) &&
    typeof expiresAt === 'number'
  ) {
    return { accessToken, refreshToken, expiresAt };
  }
  return null;
}

function readPending(): Pending | null {
  const value = readJson(sessionStorage, sessionStorageKeys.pendingSignIn);
  if (!isRecord(value)) return null;
  const { storeUrl, state, verifier, redirectUri, nonce } = value;
  if (
    typeof storeUrl === 'string' &&
    typeof state === 'string' &&
    typeof verifier === 'string' &&
    typeof redirectUri === 'string' &&
    (typeof nonce === 'string' || nonce === null)
  ) {
    return { storeUrl, state, verifier, redirectUri, nonce };
  }
  return null;
}

function readJson(storage: Storage, key: string): unknown {
  const text = storage.getItem(key);
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
