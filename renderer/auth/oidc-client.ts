import type { Identity } from '../../shared/auth/identity';
import type { SignInConfiguration } from '../../shared/auth/oidc';

/** What the store's issuer publishes in its discovery document and this client uses. */
export type IssuerEndpoints = {
  authorization_endpoint: string;
  token_endpoint: string;
  revocation_endpoint?: string;
  end_session_endpoint?: string;
  /** RFC 9207: when true, every authorization response carries `iss`, and one without is refused. */
  authorization_response_iss_parameter_supported?: boolean;
};

export type SignInSetup = { config: SignInConfiguration; endpoints: IssuerEndpoints };

export type TokenSet = {
  accessToken: string;
  refreshToken: string | null;
  /** ms since the epoch */
  expiresAt: number;
};

/** The issuer refused a refresh: the session is over (expired, revoked, user deactivated). */
export class SessionEndedError extends Error {}

/** Reads how to sign in to this store, then the issuer's endpoints (docs/auth.md). */
export async function discoverSignIn(storeUrl: string): Promise<SignInSetup> {
  const config = await getJson<SignInConfiguration>(`${storeUrl}/auth/config`);
  const issuer = config.issuer.replace(/\/+$/, '');
  const discovery = await getJson<IssuerEndpoints & { issuer: string }>(
    `${issuer}/.well-known/openid-configuration`,
  );
  if (discovery.issuer.replace(/\/+$/, '') !== issuer) {
    throw new Error(`The issuer's discovery document names ${discovery.issuer}, not ${issuer}`);
  }
  return { config, endpoints: discovery };
}

/** A PKCE verifier and state for one authorization request (RFC 7636). */
export async function startAuthorization(setup: SignInSetup, redirectUri: string) {
  const verifier = randomToken(32);
  const state = randomToken(16);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  const query = new URLSearchParams({
    client_id: setup.config.clientId,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: setup.config.scopes.join(' '),
    prompt: 'login consent',
    state,
    code_challenge: base64url(new Uint8Array(digest)),
    code_challenge_method: 'S256',
  });
  if (setup.config.resource) query.set('resource', setup.config.resource);
  return { url: `${setup.endpoints.authorization_endpoint}?${query.toString()}`, verifier, state };
}

export async function exchangeCode(
  setup: SignInSetup,
  code: string,
  verifier: string,
  redirectUri: string,
): Promise<TokenSet> {
  return tokenRequest(setup, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
  });
}

export async function refreshTokens(setup: SignInSetup, refreshToken: string): Promise<TokenSet> {
  return tokenRequest(setup, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

/** `signal` lets a caller bound this best-effort call (sign-out must not hang on a slow issuer). */
export async function revokeRefreshToken(
  setup: SignInSetup,
  refreshToken: string,
  signal?: AbortSignal,
) {
  if (!setup.endpoints.revocation_endpoint) return;
  await fetch(setup.endpoints.revocation_endpoint, {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      token: refreshToken,
      token_type_hint: 'refresh_token',
      client_id: setup.config.clientId,
    }),
  });
}

/** Who the store says is signed in, from its own user record. */
export function fetchIdentity(storeUrl: string, accessToken: string): Promise<Identity> {
  return getJson<Identity>(`${storeUrl}/auth/me`, { authorization: `Bearer ${accessToken}` });
}

async function tokenRequest(setup: SignInSetup, grant: Record<string, string>): Promise<TokenSet> {
  const body = new URLSearchParams({ ...grant, client_id: setup.config.clientId });
  if (setup.config.resource) body.set('resource', setup.config.resource);
  const response = await fetch(setup.endpoints.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  const answer = (await response.json()) as {
    access_token?: string;
    refresh_token?: string;
    expires_in?: number;
    error?: string;
    error_description?: string;
  };
  if (!response.ok || !answer.access_token) {
    const message = answer.error_description ?? answer.error ?? `token endpoint ${response.status}`;
    throw answer.error === 'invalid_grant' ? new SessionEndedError(message) : new Error(message);
  }
  return {
    accessToken: answer.access_token,
    refreshToken: answer.refresh_token ?? null,
    expiresAt: Date.now() + (answer.expires_in ?? 600) * 1000,
  };
}

async function getJson<Result>(url: string, headers: Record<string, string> = {}): Promise<Result> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as Result;
}

function randomToken(bytes: number): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
