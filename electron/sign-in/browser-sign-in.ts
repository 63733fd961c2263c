import { shell } from 'electron';
import {
  discoverSignIn,
  exchangeCode,
  startAuthorization,
  type SignInSetup,
  type TokenSet,
} from '../../renderer/auth/oidc-client';
import { listenForRedirect } from './loopback-redirect';

export type BrowserSignInOptions = {
  /** How long the user has to finish in the browser. */
  timeoutMs: number;
  /** Aborted when another sign-in, a sign-out or quitting takes over; its reason is thrown. */
  signal: AbortSignal;
  /** Told the authorization URL once known, so a second click can open it again. */
  onAuthorizationUrl?: (url: string) => void;
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
  { timeoutMs, signal, onAuthorizationUrl }: BrowserSignInOptions,
): Promise<BrowserSignIn> {
  const setup = await discoverSignIn(storeUrl);
  signal.throwIfAborted();
  const redirect = await listenForRedirect({ timeoutMs, signal });
  try {
    const { url, verifier, state } = await startAuthorization(setup, redirect.redirectUri);
    assertWebUrl(url);
    onAuthorizationUrl?.(url);
    // Not awaited before waiting for the callback: some platforms resolve openExternal only
    // once the browser has loaded the page, which may already have redirected back here.
    shell.openExternal(url).catch((error: unknown) => {
      redirect.fail(new Error(`Could not open the browser: ${messageOf(error)}`));
    });
    const code = verifyRedirect(await redirect.callback, state, setup);
    const tokens = await exchangeCode(setup, code, verifier, redirect.redirectUri);
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

/**
 * Checks the authorization response before its code is used: `state` ties it to the request
 * this app sent (no injected code), `iss` to the issuer it was sent to (RFC 9207, no mix-up).
 */
export function verifyRedirect(
  query: URLSearchParams,
  expectedState: string,
  setup: SignInSetup,
): string {
  if (query.get('state') !== expectedState) {
    throw new Error('The sign-in answer does not match the request that was sent.');
  }
  const iss = query.get('iss');
  if (iss === null) {
    // Issuers that do not implement RFC 9207 (e.g. Entra ID) send none; one that says it does
    // must, or a different issuer could be answering.
    if (setup.endpoints.authorization_response_iss_parameter_supported === true) {
      throw new Error('The sign-in answer does not say which issuer sent it.');
    }
  } else if (withoutTrailingSlash(iss) !== withoutTrailingSlash(setup.config.issuer)) {
    throw new Error(`The sign-in answer comes from ${iss}, not from ${setup.config.issuer}.`);
  }
  const error = query.get('error');
  if (error !== null) {
    throw new Error(`The issuer refused the sign-in: ${query.get('error_description') ?? error}.`);
  }
  const code = query.get('code');
  if (code === null || code === '') throw new Error('The sign-in answer carries no code.');
  return code;
}

/** The URL goes to the operating system, which would also open file: or custom schemes. */
function assertWebUrl(url: string): void {
  const { protocol } = new URL(url);
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error(`The issuer's authorization endpoint is not a web address (${protocol}).`);
  }
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
