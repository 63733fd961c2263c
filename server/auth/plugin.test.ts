import type { FastifyInstance } from 'fastify';
import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/api/errors';
import type { Identity } from '../../shared/auth/identity';
import { registerErrorHandling } from '../errors';
import type { Authentication, Authenticator } from './authenticator';
import { authPlugin, signedIn } from './plugin';
import { IssuerUnavailableError } from './verify';

const ana: Identity = {
  userId: 'user-cam-ana',
  role: 'cam',
  territoryIds: ['terr-iberia'],
  email: 'ana.garcia@camdesk.example',
  name: 'Ana García',
};

/** Tokens are their outcome's name: 'good', 'revoked', 'expired', 'outage'. */
const authenticator: Authenticator = {
  async authenticate(token): Promise<Authentication> {
    if (token === 'good') return { ok: true, identity: ana, expiresAt: 2_000_000_000 };
    if (token === 'revoked')
      return { ok: false, reason: 'revoked', message: 'Access for this user was revoked' };
    if (token === 'outage') throw new IssuerUnavailableError('The sign-in provider is unreachable');
    return { ok: false, reason: 'invalid_token', message: 'The access token has expired' };
  },
  currentIdentity: async () => ana,
};

describe('authPlugin', () => {
  let app: FastifyInstance;

  beforeEach(async () => {
    app = Fastify();
    registerErrorHandling(app);
    await app.register(authPlugin, { authenticator, queryTokenPaths: ['/sync/stream'] });
    app.get('/open', async (request) => ({ identity: request.identity }));
    app.get('/sync/stream', { onRequest: app.requireIdentity }, async (request) =>
      signedIn(request),
    );
    // The way the sync routes use it: their own hook calls `identify`.
    await app.register(async (scoped) => {
      scoped.addHook('onRequest', async (request) => {
        await scoped.identify(request);
      });
      scoped.get('/sync/partners/pull', async (request) => ({
        userId: signedIn(request).userId,
        expiresAt: request.identityExpiresAt,
      }));
    });
  });
  afterEach(() => app.close());

  const get = (url: string, authorization?: string) =>
    app.inject({ url, headers: authorization === undefined ? {} : { authorization } });

  it('sets the identity on protected routes and leaves others alone', async () => {
    expect((await get('/sync/partners/pull', 'Bearer good')).json()).toEqual({
      userId: 'user-cam-ana',
      expiresAt: 2_000_000_000_000,
    });
    expect((await get('/sync/stream', 'bearer good')).json()).toEqual(ana);
    expect((await get('/auth/me', 'Bearer good')).json()).toEqual(ana);
    expect((await get('/open', 'Bearer good')).json()).toEqual({ identity: null });
  });

  it.each([
    ['no token', undefined, 'Bearer realm="cam-desk"', /^Sign-in required/],
    [
      'another scheme',
      'Basic YWxhZGRpbjpvcGVuc2VzYW1l',
      /error="invalid_request"/,
      /Authorization: Bearer/,
    ],
    ['an empty bearer', 'Bearer ', /error="invalid_request"/, /Authorization: Bearer/],
    [
      'a refused token',
      'Bearer expired',
      /error="invalid_token", error_description="The access token has expired"/,
      /expired/,
    ],
    [
      'a revoked user',
      'Bearer revoked',
      /error="invalid_token"/,
      /^Access for this user was revoked$/,
      'session_revoked',
    ],
  ])(
    'answers %s with 401 and a Bearer challenge',
    async (_case, authorization, challenge, message, code = 'unauthorized') => {
      for (const url of ['/sync/stream', '/sync/partners/pull', '/auth/me']) {
        const response = await get(url, authorization);
        expect(response.statusCode).toBe(401);
        expect(response.headers['www-authenticate']).toMatch(challenge);
        const body = response.json<ApiError>();
        expect(body.code).toBe(code);
        expect(body.message).toMatch(message);
      }
    },
  );

  it('takes ?access_token only on the paths allowed for it', async () => {
    expect((await get('/sync/stream?access_token=good')).statusCode).toBe(200);
    const elsewhere = await get('/sync/partners/pull?access_token=good');
    expect(elsewhere.statusCode).toBe(401);
    expect(elsewhere.json<ApiError>().message).toContain('only on /sync/stream');
  });

  it('answers 503 when the issuer cannot be reached, so clients retry instead of signing out', async () => {
    const response = await get('/sync/stream', 'Bearer outage');
    expect(response.statusCode).toBe(503);
    expect(response.json<ApiError>().message).toContain('unreachable');
  });

  it('exposes the current identity for long-lived streams to re-check', async () => {
    expect(await app.currentIdentity('user-cam-ana')).toEqual(ana);
  });
});
