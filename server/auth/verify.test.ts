import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, UnsecuredJWT, importJWK, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDevSigningKeys, publicJwks, type DevSigningKeys } from './dev-keys';
import { mintDevAccessToken } from './mint';
import {
  devAccessTokenVerifier,
  externalAccessTokenVerifier,
  InvalidTokenError,
  IssuerUnavailableError,
} from './verify';

const issuer = 'http://127.0.0.1:8787/oidc';
const now = () => Math.floor(Date.now() / 1000);

let keys: DevSigningKeys;
let otherKeys: DevSigningKeys;

beforeAll(async () => {
  keys = await generateDevSigningKeys();
  otherKeys = await generateDevSigningKeys();
});

/** A token like the development provider's, with any claim or header overridden. */
async function token(
  claims: JWTPayload = {},
  {
    signWith = keys,
    header = {},
  }: { signWith?: DevSigningKeys; header?: Record<string, string> } = {},
) {
  const [jwk] = signWith.keys;
  return new SignJWT({
    iss: issuer,
    aud: 'cam-desk-api',
    sub: 'user-cam-ana',
    iat: now(),
    exp: now() + 600,
    ...claims,
  })
    .setProtectedHeader({ alg: 'ES256', kid: keys.keys[0].kid, typ: 'at+jwt', ...header })
    .sign(await importJWK(jwk, 'ES256'));
}

describe('development access token verification', () => {
  const verify = () => devAccessTokenVerifier({ keys, issuer: () => issuer });

  it('accepts a token of its own issuer, for its API, unexpired', async () => {
    const minted = await mintDevAccessToken({
      keys,
      issuer,
      userId: 'user-cam-ana',
      ttlSeconds: 300,
    });
    const verified = await verify()(minted);
    expect(verified).toMatchObject({ subject: 'user-cam-ana', email: undefined });
    expect(verified.expiresAt - now()).toBeGreaterThan(290);
  });

  it('tolerates a little clock difference', async () => {
    await expect(verify()(await token({ exp: now() - 10 }))).resolves.toMatchObject({
      subject: 'user-cam-ana',
    });
    await expect(verify()(await token({ nbf: now() + 10 }))).resolves.toMatchObject({
      subject: 'user-cam-ana',
    });
  });

  const rejected: Array<[string, () => Promise<string>, 'expired' | 'invalid']> = [
    ['a wrong signature', () => token({}, { signWith: otherKeys }), 'invalid'],
    ['another issuer', () => token({ iss: 'http://127.0.0.1:9999/oidc' }), 'invalid'],
    ['another audience', () => token({ aud: 'someone-else' }), 'invalid'],
    ['an expired token', () => token({ exp: now() - 120 }), 'expired'],
    ['a token not yet valid', () => token({ nbf: now() + 120 }), 'invalid'],
    ['no subject', () => token({ sub: undefined }), 'invalid'],
    ['a subject that is not a string', () => token({ sub: 42 as unknown as string }), 'invalid'],
    ['no expiry', () => token({ exp: undefined }), 'invalid'],
    ['an ID token (not at+jwt)', () => token({}, { header: { typ: 'JWT' } }), 'invalid'],
    ['malformed text', async () => 'not-a-token', 'invalid'],
    ['three garbage segments', async () => 'a.b.c', 'invalid'],
    [
      'alg none',
      async () =>
        new UnsecuredJWT({ iss: issuer, aud: 'cam-desk-api', sub: 'user-cam-ana' })
          .setExpirationTime('5m')
          .encode(),
      'invalid',
    ],
    [
      'HS256 signed with the public key as secret (algorithm confusion)',
      async () =>
        new SignJWT({ iss: issuer, aud: 'cam-desk-api', sub: 'user-cam-ana', exp: now() + 600 })
          .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
          .sign(new TextEncoder().encode(JSON.stringify(publicJwks(keys)))),
      'invalid',
    ],
  ];

  it.each(rejected)('rejects %s', async (_case, make, reason) => {
    const failure = await verify()(await make()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidTokenError);
    expect(failure).toMatchObject({ reason });
  });
});

describe('external issuer verification', () => {
  let server: Server;
  let external: string;
  let discoveryIssuer: string;

  beforeAll(async () => {
    // A stand-in identity provider on loopback: discovery document and JWKS.
    server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      if (request.url === '/.well-known/openid-configuration') {
        response.end(JSON.stringify({ issuer: discoveryIssuer, jwks_uri: `${external}/keys` }));
      } else if (request.url === '/keys') {
        response.end(JSON.stringify(publicJwks(keys)));
      } else {
        response.statusCode = 404;
        response.end('{}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    external = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    discoveryIssuer = external;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const externalToken = (claims: JWTPayload = {}) =>
    token(
      {
        iss: external,
        aud: 'api://cam-desk',
        sub: 'idp-subject-1',
        email: 'ana.garcia@camdesk.example',
        ...claims,
      },
      { header: { typ: 'JWT' } },
    );

  it('finds the keys through discovery and reads the email claim', async () => {
    const verify = externalAccessTokenVerifier({
      issuer: external,
      audience: 'api://cam-desk',
      jwksUri: undefined,
      emailClaim: 'email',
    });
    await expect(verify(await externalToken())).resolves.toMatchObject({
      subject: 'idp-subject-1',
      email: 'ana.garcia@camdesk.example',
    });
    await expect(verify(await externalToken({ aud: 'other' }))).rejects.toBeInstanceOf(
      InvalidTokenError,
    );
  });

  it('refuses a discovery document naming another issuer', async () => {
    discoveryIssuer = 'https://impostor.example';
    const verify = externalAccessTokenVerifier({
      issuer: external,
      audience: 'api://cam-desk',
      jwksUri: undefined,
      emailClaim: 'email',
    });
    await expect(verify(await externalToken())).rejects.toBeInstanceOf(IssuerUnavailableError);
    discoveryIssuer = external;
    // Discovery is retried on the next request once the issuer is right again.
    await expect(verify(await externalToken())).resolves.toMatchObject({
      subject: 'idp-subject-1',
    });
  });

  it('reports an unreachable issuer as unavailable, not as a bad token', async () => {
    const verify = externalAccessTokenVerifier({
      issuer: external,
      audience: 'api://cam-desk',
      jwksUri: 'http://127.0.0.1:1/keys',
      emailClaim: 'email',
    });
    await expect(verify(await externalToken())).rejects.toBeInstanceOf(IssuerUnavailableError);
  });
});
