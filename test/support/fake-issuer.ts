import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A store and its OpenID issuer in a few routes, on 127.0.0.1: `/auth/config`, discovery, a
 * token endpoint that checks PKCE and rotates refresh tokens the way the development provider
 * does, and revocation. Authorization itself is `authorize()`, which plays the user signing in.
 */
export type FakeIssuer = {
  storeUrl: string;
  issuer: string;
  /** Token endpoint calls by grant type, and tokens revoked. */
  calls: { authorizationCode: number; refresh: number; revoked: string[]; requests: string[] };
  /** Refresh tokens the issuer would still accept. */
  liveRefreshTokens: Set<string>;
  /** `expires_in` of the access tokens it issues. */
  accessTokenSeconds: number;
  /** Token endpoint drops the connection (network failure). */
  tokenEndpointDown: boolean;
  /** When set, the token endpoint answers this status and OAuth error code. */
  tokenEndpointError: { status: number; error: string } | null;
  /** Token endpoint never answers (a hung issuer). */
  tokenEndpointHangs: boolean;
  /** Revocation never answers. */
  revocationHangs: boolean;
  /** Every route drops the connection: the store and its issuer are unreachable. */
  unreachable: boolean;
  /** Discovery never answers (a hung issuer before anything is known of it). */
  discoveryHangs: boolean;
  /** The `issuer` its discovery document names (mix-up tests); the real one by default. */
  discoveryIssuer: string;
  /** The redirect a browser would follow once the user signed in: `redirect_uri?code&state&iss`. */
  authorize(authorizationUrl: string): URL;
  close(): Promise<void>;
};

type IssuedCode = {
  challenge: string;
  redirectUri: string;
  clientId: string;
  nonce: string | null;
};

/** Redirects the shells use: the desktop's loopback callback, the web page's root. */
const ACCEPTED_REDIRECT = /^http:\/\/127\.0\.0\.1:\d+\/(callback)?$/;

export async function startFakeIssuer(): Promise<FakeIssuer> {
  const codes = new Map<string, IssuedCode>();
  let counter = 0;
  const next = (prefix: string) =>
    `${prefix}-${String(++counter)}-${randomBytes(4).toString('hex')}`;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const storeUrl = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  const issuer = `${storeUrl}/oidc`;

  const fake: FakeIssuer = {
    storeUrl,
    issuer,
    calls: { authorizationCode: 0, refresh: 0, revoked: [], requests: [] },
    liveRefreshTokens: new Set(),
    accessTokenSeconds: 600,
    tokenEndpointDown: false,
    tokenEndpointError: null,
    tokenEndpointHangs: false,
    revocationHangs: false,
    unreachable: false,
    discoveryHangs: false,
    discoveryIssuer: issuer,
    authorize(authorizationUrl) {
      const url = new URL(authorizationUrl);
      const query = url.searchParams;
      if (`${url.origin}${url.pathname}` !== `${issuer}/auth`) throw new Error('not our endpoint');
      if (query.get('code_challenge_method') !== 'S256') throw new Error('PKCE S256 expected');
      const redirectUri = query.get('redirect_uri') ?? '';
      if (!ACCEPTED_REDIRECT.test(redirectUri)) {
        throw new Error(`unexpected redirect_uri ${redirectUri}`);
      }
      const code = next('code');
      codes.set(code, {
        challenge: query.get('code_challenge') ?? '',
        redirectUri,
        clientId: query.get('client_id') ?? '',
        nonce: query.get('nonce'),
      });
      const redirect = new URL(redirectUri);
      redirect.searchParams.set('code', code);
      redirect.searchParams.set('state', query.get('state') ?? '');
      redirect.searchParams.set('iss', issuer);
      return redirect;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };

  const issueTokens = (signedIn?: IssuedCode) => {
    const refreshToken = next('rt');
    fake.liveRefreshTokens.add(refreshToken);
    return {
      access_token: next('at'),
      refresh_token: refreshToken,
      expires_in: fake.accessTokenSeconds,
      token_type: 'Bearer',
      ...(signedIn ? { id_token: idToken(issuer, signedIn) } : {}),
    };
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', storeUrl).pathname;
    fake.calls.requests.push(`${request.method ?? ''} ${path}`);
    if (fake.unreachable) {
      response.destroy();
      return;
    }
    const form = new URLSearchParams(await readBody(request));
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (path === '/auth/config') {
      json(200, {
        issuer,
        clientId: 'cam-desk',
        scopes: ['openid', 'offline_access'],
        resource: 'urn:cam-desk:api',
        development: true,
      });
    } else if (path === '/oidc/.well-known/openid-configuration') {
      if (fake.discoveryHangs) return;
      json(200, {
        issuer: fake.discoveryIssuer,
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
        revocation_endpoint: `${issuer}/token/revocation`,
        authorization_response_iss_parameter_supported: true,
      });
    } else if (path === '/oidc/token') {
      if (fake.tokenEndpointDown) {
        response.destroy();
        return;
      }
      if (fake.tokenEndpointHangs) return;
      if (fake.tokenEndpointError !== null) {
        const { status, error } = fake.tokenEndpointError;
        json(status, { error, error_description: 'not now' });
        return;
      }
      if (form.get('grant_type') === 'authorization_code') {
        fake.calls.authorizationCode += 1;
        const issued = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const challenge = createHash('sha256')
          .update(form.get('code_verifier') ?? '')
          .digest('base64url');
        if (
          issued === undefined ||
          issued.challenge !== challenge ||
          issued.redirectUri !== form.get('redirect_uri') ||
          issued.clientId !== form.get('client_id')
        ) {
          json(400, { error: 'invalid_grant', error_description: 'bad code' });
          return;
        }
        json(200, issueTokens(issued));
      } else {
        fake.calls.refresh += 1;
        // Rotation: each refresh token works once.
        if (!fake.liveRefreshTokens.delete(form.get('refresh_token') ?? '')) {
          json(400, { error: 'invalid_grant', error_description: 'grant request is invalid' });
          return;
        }
        json(200, issueTokens());
      }
    } else if (path === '/oidc/token/revocation') {
      if (fake.revocationHangs) return;
      const token = form.get('token') ?? '';
      fake.calls.revoked.push(token);
      fake.liveRefreshTokens.delete(token);
      response.writeHead(200).end();
    } else {
      response.writeHead(404).end();
    }
  }

  return fake;
}

/**
 * An ID token as the client checks one from the token endpoint (claims, not the signature: TLS
 * vouches for the issuer there), so it is signed with nothing.
 */
function idToken(issuer: string, signedIn: IssuedCode): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = {
    iss: issuer,
    sub: 'user-cam-ana',
    aud: signedIn.clientId,
    iat: now,
    exp: now + 600,
    ...(signedIn.nonce === null ? {} : { nonce: signedIn.nonce }),
  };
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmVk`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of request) chunks.push(chunk as Uint8Array);
  return Buffer.concat(chunks).toString();
}
