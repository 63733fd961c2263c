import * as oauth from 'oauth4webapi';
import Value from 'typebox/value';
import { SignInConfigurationSchema, type SignInConfiguration } from './oidc';
import { web, type SearchParams, type Signal } from './web-runtime';

/**
 * How long any one request to the issuer (or to the store for its sign-in configuration) may
 * take. A hung issuer then reads as offline, which keeps the session, instead of a sign-in or a
 * refresh that never ends.
 */
export const ISSUER_TIMEOUT_MS = 10_000;

/** What a shell needs to talk to the store's issuer, from `discoverSignIn`. */
export type SignInSetup = {
  config: SignInConfiguration;
  /** The issuer's discovery document, its `issuer` checked against the expected one. */
  server: oauth.AuthorizationServer;
  client: oauth.Client;
  timeoutMs: number;
  /** Plain http is allowed only for an issuer on loopback (the development provider). */
  plainHttp: boolean;
};

export type TokenSet = {
  accessToken: string;
  refreshToken: string | null;
  /** ms since the epoch */
  expiresAt: number;
};

/** What the shell keeps while the user is at the issuer, to check and redeem the answer. */
export type PendingAuthorization = {
  state: string;
  verifier: string;
  /** Sent when the scopes ask for an ID token, whose `nonce` must then match. */
  nonce: string | null;
  redirectUri: string;
};

/** The issuer says the grant is over (invalid_grant: expired, revoked, user deactivated). */
export class SessionEndedError extends Error {
  override name = 'SessionEndedError';
}

/** No usable answer in time: offline, timed out, or a server in trouble. Keep the session. */
export class IssuerUnreachableError extends Error {
  override name = 'IssuerUnreachableError';
}

/** An answer failed a check (issuer, state, nonce) or the issuer refused the sign-in. */
export class SignInRejectedError extends Error {
  override name = 'SignInRejectedError';
}

/** Reads how to sign in to this store, then the issuer's discovery document (docs/auth.md). */
export async function discoverSignIn(
  storeUrl: string,
  { timeoutMs = ISSUER_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<SignInSetup> {
  const config = await readSignInConfiguration(storeUrl, timeoutMs);
  const issuer = new web.URL(config.issuer);
  const plainHttp = isLoopbackHttp(issuer.protocol, issuer.hostname);
  const options = { signal: () => web.AbortSignal.timeout(timeoutMs), ...insecure(plainHttp) };
  const server = await issuerCall('discovery', async () =>
    oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, options)),
  );
  return { config, server, client: { client_id: config.clientId }, timeoutMs, plainHttp };
}

/** The authorization URL, with PKCE (S256), state and, for an ID token, a nonce. */
export async function startAuthorization(
  setup: SignInSetup,
  redirectUri: string,
): Promise<{ url: string; pending: PendingAuthorization }> {
  const endpoint = setup.server.authorization_endpoint;
  if (endpoint === undefined) {
    throw new SignInRejectedError('The issuer publishes no authorization endpoint.');
  }
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = setup.config.scopes.includes('openid') ? oauth.generateRandomNonce() : null;
  const url = new web.URL(endpoint);
  const query = url.searchParams;
  query.set('client_id', setup.config.clientId);
  query.set('response_type', 'code');
  query.set('redirect_uri', redirectUri);
  query.set('scope', setup.config.scopes.join(' '));
  // `consent` makes the development provider honour offline_access; `login` lets a user switch.
  query.set('prompt', 'login consent');
  query.set('state', state);
  query.set('code_challenge', await oauth.calculatePKCECodeChallenge(verifier));
  query.set('code_challenge_method', 'S256');
  if (nonce !== null) query.set('nonce', nonce);
  if (setup.config.resource !== null) query.set('resource', setup.config.resource);
  return { url: url.href, pending: { state, verifier, nonce, redirectUri } };
}

/**
 * Checks the answer the browser brought back before its code is used: `iss` names the issuer
 * it was sent to (RFC 9207, no mix-up; required when the issuer says it always sends it), and
 * `state` the request this shell sent (no injected code). Then an error in it is reported.
 */
export function verifyAuthorizationResponse(
  setup: SignInSetup,
  answer: SearchParams,
  pending: PendingAuthorization,
): void {
  try {
    oauth.validateAuthResponse(setup.server, setup.client, answer, pending.state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError) {
      const reason = error.error_description ?? error.error;
      throw new SignInRejectedError(`The issuer refused the sign-in: ${reason}.`, { cause: error });
    }
    throw new SignInRejectedError(whyRejected(setup, answer), { cause: error });
  }
  if (!answer.get('code')) throw new SignInRejectedError('The sign-in answer carries no code.');
}

/** Verifies the answer, then redeems its code; an ID token is checked as oauth4webapi does. */
export async function exchangeCode(
  setup: SignInSetup,
  answer: SearchParams,
  pending: PendingAuthorization,
): Promise<TokenSet> {
  verifyAuthorizationResponse(setup, answer, pending);
  const { server, client } = setup;
  // (Requests are passed straight on: shared/ compiles without the DOM's Response type.)
  return issuerCall('the sign-in', async () =>
    tokenSet(
      await oauth.processAuthorizationCodeResponse(
        server,
        client,
        await oauth.authorizationCodeGrantRequest(
          server,
          client,
          oauth.None(),
          // Verified above; oauth4webapi takes only the parameters its own check handed back.
          oauth.validateAuthResponse(server, client, answer, pending.state),
          pending.redirectUri,
          pending.verifier,
          tokenOptions(setup),
        ),
        {
          expectedNonce: pending.nonce ?? oauth.expectNoNonce,
          requireIdToken: pending.nonce !== null,
        },
      ),
    ),
  );
}

/** Throws SessionEndedError only when the issuer refuses the grant; offline is another error. */
export async function refreshTokens(setup: SignInSetup, refreshToken: string): Promise<TokenSet> {
  const { server, client } = setup;
  return issuerCall('the refresh', async () => {
    const request = oauth.refreshTokenGrantRequest(
      server,
      client,
      oauth.None(),
      refreshToken,
      tokenOptions(setup),
    );
    return tokenSet(await oauth.processRefreshTokenResponse(server, client, await request));
  });
}

/** Best effort at sign-out; `signal` lets a caller end it sooner than the request timeout. */
export async function revokeRefreshToken(
  setup: SignInSetup,
  refreshToken: string,
  signal?: Signal,
): Promise<void> {
  const { server, client } = setup;
  if (server.revocation_endpoint === undefined) return;
  await issuerCall('the revocation', async () => {
    const request = oauth.revocationRequest(server, client, oauth.None(), refreshToken, {
      signal: () => {
        const timeout = web.AbortSignal.timeout(setup.timeoutMs);
        return signal === undefined ? timeout : web.AbortSignal.any([signal, timeout]);
      },
      additionalParameters: { token_type_hint: 'refresh_token' },
      ...insecure(setup.plainHttp),
    });
    await oauth.processRevocationResponse(await request);
  });
}

async function readSignInConfiguration(
  storeUrl: string,
  timeoutMs: number,
): Promise<SignInConfiguration> {
  const url = `${storeUrl}/auth/config`;
  let body: unknown;
  try {
    const response = await web.fetch(url, {
      headers: { accept: 'application/json' },
      signal: web.AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) {
      const message = `${url} answered ${String(response.status)}`;
      throw response.status >= 500 ? new IssuerUnreachableError(message) : new Error(message);
    }
    body = await response.json();
  } catch (error) {
    throw isTransportFailure(error)
      ? new IssuerUnreachableError(`${url} did not answer: ${messageOf(error)}`, { cause: error })
      : error;
  }
  if (!Value.Check(SignInConfigurationSchema, body)) {
    throw new Error(`${url} did not answer a sign-in configuration.`);
  }
  return body;
}

/** Runs one exchange with the issuer and sorts its failure into the errors shells act on. */
async function issuerCall<Result>(doing: string, call: () => Promise<Result>): Promise<Result> {
  try {
    return await call();
  } catch (error) {
    throw classified(error, doing);
  }
}

function classified(error: unknown, doing: string): unknown {
  if (error instanceof oauth.ResponseBodyError) {
    const reason = `${doing}: ${error.error_description ?? error.error}`;
    if (error.error === 'invalid_grant') {
      return new SessionEndedError(`The issuer ended the session at ${reason}`, { cause: error });
    }
    return new Error(`The issuer refused ${reason}`, { cause: error });
  }
  if (error instanceof oauth.OperationProcessingError) {
    if (error.code === oauth.JSON_ATTRIBUTE_COMPARISON) {
      // Discovery names another issuer than the store said: refuse it, in both shells alike.
      return new SignInRejectedError(`The issuer failed the checks of ${doing}: ${error.message}`, {
        cause: error,
      });
    }
    // A 5xx, a proxy's error page or a captive portal: not the issuer deciding anything.
    if (error.code === oauth.RESPONSE_IS_NOT_CONFORM || error.code === oauth.RESPONSE_IS_NOT_JSON) {
      return new IssuerUnreachableError(`No usable answer for ${doing}: ${error.message}`, {
        cause: error,
      });
    }
  }
  if (isTransportFailure(error)) {
    return new IssuerUnreachableError(`The issuer did not answer ${doing}: ${messageOf(error)}`, {
      cause: error,
    });
  }
  return error;
}

/** fetch rejects with a TypeError when the network fails, and a DOMException on a timeout. */
function isTransportFailure(error: unknown): boolean {
  if (error instanceof TypeError) return !('code' in error); // oauth4webapi's own carry a code
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function whyRejected(setup: SignInSetup, answer: SearchParams): string {
  const iss = answer.get('iss');
  if (iss === null && setup.server.authorization_response_iss_parameter_supported === true) {
    return 'The sign-in answer does not say which issuer sent it.';
  }
  if (iss !== null && iss !== setup.server.issuer) {
    return `The sign-in answer comes from ${iss}, not from ${setup.server.issuer}.`;
  }
  return 'The sign-in answer does not match the request that was sent.';
}

function tokenOptions(setup: SignInSetup): oauth.TokenEndpointRequestOptions {
  const { resource } = setup.config;
  return {
    signal: () => web.AbortSignal.timeout(setup.timeoutMs),
    ...(resource === null ? {} : { additionalParameters: { resource } }),
    ...insecure(setup.plainHttp),
  };
}

function insecure(plainHttp: boolean) {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- loopback development issuer only
  return { [oauth.allowInsecureRequests]: plainHttp };
}

function tokenSet(answer: oauth.TokenEndpointResponse): TokenSet {
  return {
    accessToken: answer.access_token,
    refreshToken: answer.refresh_token ?? null,
    expiresAt: Date.now() + (answer.expires_in ?? 600) * 1000,
  };
}

function isLoopbackHttp(protocol: string, hostname: string): boolean {
  return protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
