import { shell } from 'electron';
import {
  discoverSignIn,
  exchangeCode,
  startAuthorization,
  type SignInSetup,
  type TokenSet,
} from '../../shared/auth/oidc-client';
import { listenForRedirect } from './loopback-redirect';

export type BrowserSignInOptions = {
  /** How long the user has to finish in the browser. */
  timeoutMs: number;
  /** Aborted when another sign-in, a sign-out or quitting takes over; its reason is thrown. */
  signal: AbortSignal;
  /** Told the authorization URL once known, so a second click can open it again. */
  onAuthorizationUrl?: (url: string) => void;
  /** Per request to the issuer (shared/auth/oidc-client.ts, ISSUER_TIMEOUT_MS by default). */
  issuerTimeoutMs?: number;
};

export type BrowserSignIn = { setup: SignInSetup; tokens: TokenSet };

/**
 * Authorization code + PKCE through the system browser and a loopback redirect (RFC 8252;
 * docs/auth.md, "How the renderer signs in"). The system browser, never a BrowserWindow: the
 * user types credentials where they can see the real address bar and their password manager
 * works, and the app never sees the password.
 */
export async function signInThroughBrowser(
  storeUrl: string,
  { timeoutMs, signal, onAuthorizationUrl, issuerTimeoutMs }: BrowserSignInOptions,
): Promise<BrowserSignIn> {
  const setup = await discoverSignIn(storeUrl, { timeoutMs: issuerTimeoutMs });
  signal.throwIfAborted();
  const redirect = await listenForRedirect({ timeoutMs, signal });
  try {
    const { url, pending } = await startAuthorization(setup, redirect.redirectUri);
    assertWebUrl(url);
    onAuthorizationUrl?.(url);
    // Not awaited before waiting for the callback: some platforms resolve openExternal only
    // once the browser has loaded the page, which may already have redirected back here.
    shell.openExternal(url).catch((error: unknown) => {
      redirect.fail(new Error(`Could not open the browser: ${messageOf(error)}`));
    });
    // Checked (iss, state, then any error) before the code is redeemed, as in the web shell.
    const tokens = await exchangeCode(setup, await redirect.callback, pending);
    // Cancelled during the exchange: the tokens are dropped, not revoked, because the issuer may
    // have reused the grant of a session the app still holds, and revoking ends the whole grant.
    signal.throwIfAborted();
    redirect.finish({ ok: true });
    return { setup, tokens };
  } catch (error) {
    redirect.finish({ ok: false, message: messageOf(error) });
    throw error;
  }
}

/** The URL goes to the operating system, which would also open file: or custom schemes. */
function assertWebUrl(url: string): void {
  const { protocol } = new URL(url);
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error(`The issuer's authorization endpoint is not a web address (${protocol}).`);
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
