import { app, shell } from 'electron';
import {
  SessionEndedError,
  discoverSignIn,
  refreshTokens,
  revokeRefreshToken,
  type SignInSetup,
} from '../../shared/auth/oidc-client';
import type { PlatformAuth } from '../../shared/platform/platform';
import { messageOf, signInThroughBrowser } from './browser-sign-in';
import { SignInCancelledError } from './loopback-redirect';
import { sessionVault } from './session-vault';

/** Refresh a minute before the access token runs out, as the web shell does. */
const REFRESH_MARGIN_MS = 60_000;

export type DesktopAuth = PlatformAuth & {
  /** Cancels a sign-in still waiting for the browser, so its loopback server closes on quit. */
  close(): void;
};

export type DesktopAuthOptions = {
  /** Folder for the encrypted session file; Electron's userData by default. */
  userDataDir?: string;
  /** How long the user has to finish in the browser (5 minutes). */
  signInTimeoutMs?: number;
  /** How long sign-out waits for the issuer to confirm revocation (5 s). */
  revokeTimeoutMs?: number;
  /** How long any one request to the issuer may take (ISSUER_TIMEOUT_MS, 10 s). */
  issuerTimeoutMs?: number;
  /** Brings the app back in front of the browser once a sign-in ends. */
  focusApp?: () => void;
  log?: (message: string) => void;
  /** For tests of the Linux keyring rule on other systems. */
  platform?: NodeJS.Platform;
};

type Session = {
  storeUrl: string;
  refreshToken: string | null;
  /** In memory only: short-lived, and cheap to get again from the refresh token. */
  access: { token: string; expiresAt: number } | null;
  /** Discovered lazily: a session resumed from disk must not need the network until used. */
  setup: Promise<SignInSetup> | undefined;
  refreshing: Promise<string | null> | undefined;
  signedOut: boolean;
};

type Attempt = {
  storeUrl: string;
  controller: AbortController;
  authorizationUrl: string | undefined;
  done: Promise<void>;
};

/**
 * The desktop side of PlatformAuth (docs/auth.md, Electron): the main process signs in through
 * the system browser and keeps the tokens; the renderer only ever receives access tokens.
 */
export function desktopAuth({
  userDataDir,
  signInTimeoutMs = 5 * 60_000,
  revokeTimeoutMs = 5_000,
  issuerTimeoutMs,
  focusApp = () => undefined,
  log = (message) => {
    console.warn(`[sign-in] ${message}`);
  },
  platform,
}: DesktopAuthOptions = {}): DesktopAuth {
  const vault = sessionVault({ directory: userDataDir ?? app.getPath('userData'), platform, log });
  let session: Session | undefined;
  let attempt: Attempt | undefined;
  let refusalLogged = false;
  const currentSession = (): Session | undefined => session;

  const setupFor = (current: Session): Promise<SignInSetup> => {
    if (current.setup === undefined) {
      const discovery = discoverSignIn(current.storeUrl, { timeoutMs: issuerTimeoutMs });
      current.setup = discovery;
      // Offline now does not mean offline forever: discover again next time.
      discovery.catch(() => {
        if (current.setup === discovery) current.setup = undefined;
      });
    }
    return current.setup;
  };

  /** Rotation: every new refresh token replaces the stored one, or the next launch replays a used one. */
  async function keep(current: Session): Promise<void> {
    if (current.refreshToken === null || session !== current) return;
    try {
      const outcome = await vault.save(current.storeUrl, current.refreshToken);
      if (!outcome.persisted && !refusalLogged) {
        refusalLogged = true;
        log(`Keeping the session in memory only, not on disk: ${outcome.reason}.`);
      }
    } catch (error) {
      log(`Could not save the session to disk; it lasts until CAM Desk quits: ${messageOf(error)}`);
    }
  }

  /** Best effort with a deadline: sign-out must finish even when the issuer is unreachable. */
  async function revokeQuietly(current: Session, refreshToken: string): Promise<void> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Error(`no answer within ${String(revokeTimeoutMs)} ms`));
      }, revokeTimeoutMs);
    });
    try {
      await Promise.race([
        setupFor(current).then((setup) =>
          revokeRefreshToken(setup, refreshToken, controller.signal),
        ),
        deadline,
      ]);
    } catch (error) {
      log(`Could not revoke the session at the issuer: ${messageOf(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  async function refresh(current: Session): Promise<string | null> {
    const refreshToken = current.refreshToken;
    if (refreshToken === null) {
      // The issuer gave no refresh token and the access token ran out: the session is over.
      if (session === current) session = undefined;
      return null;
    }
    try {
      const next = await refreshTokens(await setupFor(current), refreshToken);
      if (session !== current) {
        // Signed out meanwhile: the token just rotated in must not outlive the session. (Not
        // when replaced by a new sign-in, which may share the grant that revoking would end.)
        if (current.signedOut && next.refreshToken !== null) {
          await revokeQuietly(current, next.refreshToken);
        }
        return null;
      }
      current.refreshToken = next.refreshToken ?? refreshToken;
      current.access = { token: next.accessToken, expiresAt: next.expiresAt };
      await keep(current);
      return next.accessToken;
    } catch (error) {
      if (error instanceof SessionEndedError) {
        // Expired, revoked or the user was deactivated: nothing kept is of use any more.
        if (session === current) {
          session = undefined;
          await vault.remove().catch((removeError: unknown) => {
            log(`Could not delete the saved session: ${messageOf(removeError)}`);
          });
        }
        log(`The session has ended: ${error.message}`);
        return null;
      }
      // Offline, or the issuer is away: no token for now; keep the session for a later try.
      log(`Could not refresh the access token: ${messageOf(error)}`);
      return null;
    }
  }

  async function runSignIn(current: Attempt): Promise<void> {
    try {
      const { setup, tokens } = await signInThroughBrowser(current.storeUrl, {
        timeoutMs: signInTimeoutMs,
        issuerTimeoutMs,
        signal: current.controller.signal,
        onAuthorizationUrl: (url) => {
          current.authorizationUrl = url;
        },
      });
      // A previous session is dropped, not revoked: the issuer may have reused its grant for
      // this one (same user), and revoking a refresh token ends the whole grant.
      session = {
        storeUrl: current.storeUrl,
        refreshToken: tokens.refreshToken,
        access: { token: tokens.accessToken, expiresAt: tokens.expiresAt },
        setup: Promise.resolve(setup),
        refreshing: undefined,
        signedOut: false,
      };
      await keep(session);
    } catch (error) {
      if (!(error instanceof SignInCancelledError)) focusApp();
      throw error;
    }
    focusApp();
  }

  return {
    signIn(storeUrl) {
      if (attempt?.storeUrl === storeUrl) {
        // A second click joins the sign-in under way, showing its page again in case the
        // user closed the tab; a new attempt would leave the first one's tab answering nobody.
        const joined = attempt;
        if (joined.authorizationUrl !== undefined) {
          shell.openExternal(joined.authorizationUrl).catch((error: unknown) => {
            log(`Could not open the browser again: ${messageOf(error)}`);
          });
        }
        return joined.done;
      }
      attempt?.controller.abort(new SignInCancelledError('Another sign-in replaced this one.'));
      const current: Attempt = {
        storeUrl,
        controller: new AbortController(),
        authorizationUrl: undefined,
        done: Promise.resolve(),
      };
      attempt = current;
      current.done = runSignIn(current).finally(() => {
        if (attempt === current) attempt = undefined;
      });
      return current.done;
    },

    async resume(storeUrl) {
      if (session !== undefined) return session.storeUrl === storeUrl;
      // No network here: a stored refresh token counts as signed in, even offline; the access
      // token is fetched when first asked for, and a dead session shows up then.
      const refreshToken = await vault.load(storeUrl);
      // A sign-in may have finished while the file was read (read through a function: the
      // compiler's narrowing does not know an await lets `session` change).
      const meanwhile = currentSession();
      if (meanwhile !== undefined) return meanwhile.storeUrl === storeUrl;
      if (refreshToken === null) return false;
      session = {
        storeUrl,
        refreshToken,
        access: null,
        setup: undefined,
        refreshing: undefined,
        signedOut: false,
      };
      return true;
    },

    accessToken() {
      const current = session;
      if (current === undefined) return Promise.resolve(null);
      if (current.access !== null && current.access.expiresAt - REFRESH_MARGIN_MS > Date.now()) {
        return Promise.resolve(current.access.token);
      }
      // Refresh tokens rotate: one refresh at a time, or the second would replay a used token,
      // which the issuer refuses and may treat as theft.
      current.refreshing ??= refresh(current).finally(() => {
        current.refreshing = undefined;
      });
      return current.refreshing;
    },

    async signOut() {
      attempt?.controller.abort(new SignInCancelledError('Signed out.'));
      const ending = session;
      session = undefined;
      if (ending !== undefined) ending.signedOut = true;
      // Local state first: even if the issuer never answers, nothing is left on the laptop.
      await vault.remove();
      if (ending?.refreshToken) await revokeQuietly(ending, ending.refreshToken);
    },

    close() {
      attempt?.controller.abort(new SignInCancelledError('CAM Desk is closing.'));
    },
  };
}
