import type { PlatformAuth } from '../../shared/platform/platform';
import {
  SessionEndedError,
  discoverSignIn,
  exchangeCode,
  refreshTokens,
  revokeRefreshToken,
  startAuthorization,
  type SignInSetup,
  type TokenSet,
} from './oidc-client';

const TOKENS_KEY = 'cam-desk.tokens';
const PENDING_KEY = 'cam-desk.sign-in';
/** Refresh a minute before the access token runs out. */
const REFRESH_MARGIN_MS = 60_000;

type Pending = { verifier: string; state: string; storeUrl: string };

/**
 * Browser sign-in: authorization code + PKCE with a full-page redirect back to this page.
 * Tokens live in sessionStorage: they end with the tab, and nothing else on the origin runs.
 */
export function webAuth(): PlatformAuth {
  let setup: Promise<SignInSetup> | undefined;
  let storeUrl = '';
  let refreshing: Promise<string | null> | undefined;
  const redirectUri = `${window.location.origin}/`;

  const setupFor = (url: string) => {
    if (url !== storeUrl || !setup) {
      storeUrl = url;
      setup = discoverSignIn(url);
      setup.catch(() => {
        setup = undefined;
      });
    }
    return setup;
  };
  const saved = (): TokenSet | null => readStored(TOKENS_KEY) as TokenSet | null;
  const save = (tokens: TokenSet) => {
    sessionStorage.setItem(TOKENS_KEY, JSON.stringify(tokens));
  };

  async function refresh(tokens: TokenSet): Promise<string | null> {
    if (!tokens.refreshToken) return null;
    try {
      const next = await refreshTokens(await setupFor(storeUrl), tokens.refreshToken);
      save({ ...next, refreshToken: next.refreshToken ?? tokens.refreshToken });
      return next.accessToken;
    } catch (error) {
      if (error instanceof SessionEndedError) sessionStorage.removeItem(TOKENS_KEY);
      // Offline or the issuer is away: no token now; sync retries later.
      return null;
    }
  }

  return {
    async signIn(url) {
      const {
        url: authorizationUrl,
        verifier,
        state,
      } = await startAuthorization(await setupFor(url), redirectUri);
      sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state, storeUrl: url }));
      window.location.assign(authorizationUrl);
      // The page is leaving for the issuer; resolving would let the caller act on a dead page.
      await new Promise<never>(() => undefined);
    },
    async resume(url) {
      // Start discovery early; the result is awaited where it is needed.
      void setupFor(url).catch(() => undefined);
      const params = new URLSearchParams(window.location.search);
      const code = params.get('code');
      const pending = readStored(PENDING_KEY) as Pending | null;
      if (code && pending) {
        sessionStorage.removeItem(PENDING_KEY);
        window.history.replaceState(null, '', window.location.pathname);
        const current = await setupFor(url);
        const issuer = params.get('iss');
        if (params.get('state') !== pending.state || (issuer && issuer !== current.config.issuer)) {
          throw new Error('The sign-in answer does not match the request that was sent.');
        }
        save(await exchangeCode(current, code, pending.verifier, redirectUri));
      }
      return saved() !== null;
    },
    accessToken() {
      const tokens = saved();
      if (!tokens) return Promise.resolve(null);
      if (tokens.expiresAt - REFRESH_MARGIN_MS > Date.now()) {
        return Promise.resolve(tokens.accessToken);
      }
      // Refresh tokens rotate: one refresh at a time, or the second would replay a used one.
      refreshing ??= refresh(tokens).finally(() => {
        refreshing = undefined;
      });
      return refreshing;
    },
    async signOut() {
      const tokens = saved();
      sessionStorage.removeItem(TOKENS_KEY);
      if (tokens?.refreshToken && setup) {
        await revokeRefreshToken(await setup, tokens.refreshToken).catch(() => undefined);
      }
    },
  };
}

/** What this module itself stored under `key`, or null. */
function readStored(key: string): unknown {
  const text = sessionStorage.getItem(key);
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
