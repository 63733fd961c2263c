import Fastify, { type FastifyInstance } from 'fastify';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SessionEndedError,
  discoverSignIn,
  exchangeCode,
  refreshTokens,
  revokeRefreshToken,
  startAuthorization,
  type SignInSetup,
} from '../../shared/auth/oidc-client';
import { generateDevSigningKeys } from '../../server/auth/dev-keys';
import { registerSignIn } from '../../server/auth/sign-in';
import type { Database } from '../../server/db/database';
import { registerErrorHandling } from '../../server/errors';
import { createTestDatabase, type TestDatabase } from '../support/databases';

const ana = {
  id: 'user-cam-ana',
  name: 'Ana García',
  email: 'ana.garcia@camdesk.example',
  role: 'cam',
  territoryIds: ['terr-iberia'],
  managerId: null,
  active: true,
  updatedAt: '2026-01-05T09:00:00.000Z',
};
const redirectUri = 'http://127.0.0.1:47012/callback';

/** The shared client against the store's real embedded provider (oidc-provider), on PGlite. */
describe('shared OIDC client against the development provider', () => {
  let testDatabase: TestDatabase;
  let database: Database;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    testDatabase = await createTestDatabase('pglite');
    database = await testDatabase.open();
    await database.query(
      `INSERT INTO users (id, doc, deleted, seq, updated_at)
       VALUES ($1, $2, false, nextval('change_seq'), now())`,
      [ana.id, JSON.stringify(ana)],
    );
    app = Fastify();
    registerErrorHandling(app);
    await registerSignIn(app, {
      config: { provider: 'development', keysFile: undefined, publicUrl: undefined },
      database,
      corsOrigins: [],
      keys: await generateDevSigningKeys(),
    });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    await testDatabase.drop();
  });

  /** Plays the user at the provider's login page, picking Ana; returns the redirect's query. */
  async function signInAsAna(setup: SignInSetup) {
    const { url, pending } = await startAuthorization(setup, redirectUri);
    const browser = cookieJar();
    const login = await browser.follow(url);
    const action = /<form method="post" action="([^"]+\/login)"/.exec(
      await login.response.text(),
    )?.[1];
    expect(action).toBeDefined();
    const back = await browser.follow(`${base}${action ?? ''}`, {
      method: 'POST',
      body: new URLSearchParams({ userId: ana.id }),
    });
    return { answer: new URL(back.url).searchParams, pending };
  }

  it('discovers, signs in with PKCE + state + nonce, refreshes with rotation, revokes', async () => {
    const setup = await discoverSignIn(base);
    expect(setup.server.issuer).toBe(`${base}/oidc`);

    const { answer, pending } = await signInAsAna(setup);
    expect(answer.get('iss')).toBe(setup.server.issuer);
    const tokens = await exchangeCode(setup, answer, pending);
    expect(decodeProtectedHeader(tokens.accessToken)).toMatchObject({ typ: 'at+jwt' });
    expect(decodeJwt(tokens.accessToken)).toMatchObject({ sub: ana.id, aud: 'cam-desk-api' });
    expect(tokens.expiresAt).toBeGreaterThan(Date.now() + 60_000);
    const me = await fetch(`${base}/auth/me`, {
      headers: { authorization: `Bearer ${tokens.accessToken}` },
    });
    expect(await me.json()).toMatchObject({ userId: ana.id });

    const first = tokens.refreshToken ?? '';
    const refreshed = await refreshTokens(setup, first);
    expect(refreshed.refreshToken).not.toBe(first);
    // Rotation: the used refresh token is refused as a dead grant, not as a network failure.
    await expect(refreshTokens(setup, first)).rejects.toBeInstanceOf(SessionEndedError);

    const { answer: again, pending: second } = await signInAsAna(setup);
    const current = await exchangeCode(setup, again, second);
    await revokeRefreshToken(setup, current.refreshToken ?? '');
    await expect(refreshTokens(setup, current.refreshToken ?? '')).rejects.toBeInstanceOf(
      SessionEndedError,
    );
  });

  it('refuses a code whose nonce-bearing answer was made for another request', async () => {
    const setup = await discoverSignIn(base);
    const { answer, pending } = await signInAsAna(setup);
    await expect(exchangeCode(setup, answer, { ...pending, nonce: 'another' })).rejects.toThrow(
      /nonce/,
    );
  });
});

/** A browser stand-in: keeps cookies and follows redirects until it leaves the store. */
function cookieJar() {
  const cookies = new Map<string, string>();
  async function follow(url: string, init: RequestInit = {}) {
    let next = url;
    let request = init;
    for (let hop = 0; hop < 10; hop += 1) {
      const response = await fetch(next, {
        ...request,
        redirect: 'manual',
        headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const [name = '', value = ''] = pair.split('=', 2);
        if (/expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(name);
        else cookies.set(name, value);
      }
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        return { response, url: next };
      }
      next = new URL(location, next).href;
      if (new URL(next).origin !== new URL(url).origin) {
        return { response, url: next };
      }
      request = {};
    }
    throw new Error(`too many redirects from ${url}`);
  }
  return { follow };
}
