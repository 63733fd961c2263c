import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Identity } from '../../shared/auth/identity';
import { DEV_API_RESOURCE, SIGN_IN_SCOPES } from '../../shared/auth/oidc';
import { generateDevSigningKeys, type DevSigningKeys } from '../../server/auth/dev-keys';
import { DEVELOPMENT_NOTICE } from '../../server/auth/dev-pages';
import { mintDevAccessToken } from '../../server/auth/mint';
import { signedIn } from '../../server/auth/plugin';
import { registerSignIn } from '../../server/auth/sign-in';
import { runTokenCommand } from '../../server/auth/token-command';
import { userDirectory } from '../../server/auth/users';
import { openDatabase } from '../../server/db/open';
import type { Database } from '../../server/db/database';
import { registerErrorHandling } from '../../server/errors';
import { createTestDatabase, engines, type TestDatabase } from '../support/databases';

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
const redirectUri = 'http://127.0.0.1:47011/callback';

describe.each(engines)('sign-in on %s', (engine) => {
  let testDatabase: TestDatabase;
  let database: Database;
  let app: FastifyInstance;
  let keys: DevSigningKeys;
  let base: string;
  let issuer: string;

  beforeAll(async () => {
    testDatabase = await createTestDatabase(engine);
    database = await testDatabase.open();
    keys = await generateDevSigningKeys();
    app = Fastify();
    registerErrorHandling(app);
    await registerSignIn(app, {
      config: { provider: 'development', keysFile: undefined, publicUrl: undefined },
      database,
      corsOrigins: [],
      keys,
    });
    // Stand-ins for the sync routes: one protected route, and the stream that takes ?access_token.
    app.get('/sync/whoami', { onRequest: app.requireIdentity }, async (request) =>
      signedIn(request),
    );
    app.get('/sync/stream', { onRequest: app.requireIdentity }, async (request) =>
      signedIn(request),
    );
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    issuer = `${base}/oidc`;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    await testDatabase.drop();
  });
  beforeEach(async () => {
    await database.exec('TRUNCATE users');
    await putUser(ana);
  });

  async function putUser(user: typeof ana) {
    await database.query(
      `INSERT INTO users (id, doc, deleted, seq, updated_at)
       VALUES ($1, $2, false, nextval('change_seq'), now())
       ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, seq = EXCLUDED.seq`,
      [user.id, JSON.stringify(user)],
    );
  }

  const whoami = (token: string, path = '/sync/whoami') =>
    fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });

  it('publishes its discovery document with the store-derived issuer and its keys', async () => {
    const discovery = (await (
      await fetch(`${issuer}/.well-known/openid-configuration`)
    ).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer,
      jwks_uri: `${issuer}/jwks`,
      authorization_endpoint: `${issuer}/auth`,
      token_endpoint: `${issuer}/token`,
      code_challenge_methods_supported: ['S256'],
    });
    const jwks = (await (await fetch(`${issuer}/jwks`)).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((key) => key.kid)).toEqual([keys.keys[0].kid]);
    expect(JSON.stringify(jwks)).not.toContain('"d"');

    const config: unknown = await (await fetch(`${base}/auth/config`)).json();
    expect(config).toEqual({
      issuer,
      clientId: 'cam-desk',
      scopes: [...SIGN_IN_SCOPES],
      resource: DEV_API_RESOURCE,
      development: true,
    });
  });

  it('lets a minted token through as the user its row describes', async () => {
    const token = await mintDevAccessToken({ keys, issuer, userId: ana.id });
    const response = await whoami(token);
    expect(response.status).toBe(200);
    const expected: Identity = {
      userId: ana.id,
      role: 'cam',
      territoryIds: ['terr-iberia'],
      email: ana.email,
      name: ana.name,
    };
    expect(await response.json()).toEqual(expected);
    expect(await (await whoami(token, '/auth/me')).json()).toEqual(expected);
  });

  it('refuses the next request once the user is deactivated', async () => {
    const token = await mintDevAccessToken({ keys, issuer, userId: ana.id });
    expect((await whoami(token)).status).toBe(200);
    await putUser({ ...ana, active: false });
    const response = await whoami(token);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(
      /^Bearer realm="cam-desk", error="invalid_token"/,
    );
    expect(await response.json()).toEqual({
      code: 'session_revoked',
      message: 'Access for this user was revoked',
    });
  });

  it('asks for a bearer token when there is none, and takes one in the URL only for the stream', async () => {
    const missing = await fetch(`${base}/sync/whoami`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="cam-desk"');
    expect(await missing.json()).toMatchObject({ code: 'unauthorized' });

    const token = await mintDevAccessToken({ keys, issuer, userId: ana.id });
    expect((await fetch(`${base}/sync/stream?access_token=${token}`)).status).toBe(200);
    expect((await fetch(`${base}/sync/whoami?access_token=${token}`)).status).toBe(401);
  });

  it('signs in with authorization code and PKCE through the login page, then refreshes', async () => {
    const browser = cookieJar();
    const verifier = randomBytes(32).toString('base64url');
    const authorize = new URL(`${issuer}/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'cam-desk',
      response_type: 'code',
      redirect_uri: redirectUri,
      scope: SIGN_IN_SCOPES.join(' '),
      prompt: 'consent',
      state: 'state-1',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      resource: DEV_API_RESOURCE,
    }).toString();

    const login = await browser.follow(authorize.href);
    expect(login.response.status).toBe(200);
    const page = await login.response.text();
    expect(page).toContain(DEVELOPMENT_NOTICE);
    expect(page).toContain(ana.email);
    const action = /<form method="post" action="([^"]+\/login)"/.exec(page)?.[1];
    expect(action).toBeDefined();

    const chosen = await browser.follow(`${base}${action ?? ''}`, {
      method: 'POST',
      body: new URLSearchParams({ userId: ana.id }),
    });
    const callback = new URL(chosen.url);
    expect(`${callback.origin}${callback.pathname}`).toBe(redirectUri);
    expect(callback.searchParams.get('state')).toBe('state-1');
    const code = callback.searchParams.get('code') ?? '';

    const tokens = await tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: 'cam-desk',
      code_verifier: verifier,
      resource: DEV_API_RESOURCE,
    });
    expect(decodeProtectedHeader(tokens.access_token)).toMatchObject({
      typ: 'at+jwt',
      alg: 'ES256',
    });
    expect(decodeJwt(tokens.access_token)).toMatchObject({
      iss: issuer,
      aud: 'cam-desk-api',
      sub: ana.id,
    });
    expect(tokens.expires_in).toBeLessThanOrEqual(600);
    expect(tokens.refresh_token).toBeTruthy();
    expect((await whoami(tokens.access_token)).status).toBe(200);

    const refreshed = await tokenRequest({
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
      client_id: 'cam-desk',
    });
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(decodeJwt(refreshed.access_token)).toMatchObject({ aud: 'cam-desk-api', sub: ana.id });
    expect((await whoami(refreshed.access_token)).status).toBe(200);

    // The store restarts (a new provider over the same database): the refresh token still works,
    // so nobody is signed out by a restart or, on the desktop, by the next launch.
    const restarted = Fastify();
    registerErrorHandling(restarted);
    await registerSignIn(restarted, {
      config: { provider: 'development', keysFile: undefined, publicUrl: base },
      database,
      corsOrigins: [],
      keys,
    });
    const afterRestart = await restarted.inject({
      method: 'POST',
      url: '/oidc/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refreshed.refresh_token ?? '',
        client_id: 'cam-desk',
      }).toString(),
    });
    await restarted.close();
    expect(afterRestart.statusCode, afterRestart.body).toBe(200);
    const renewed = afterRestart.json<{ access_token: string; refresh_token?: string }>();
    expect(decodeJwt(renewed.access_token)).toMatchObject({ iss: issuer, sub: ana.id });

    // A deactivated user can no longer refresh either.
    await putUser({ ...ana, active: false });
    const refused = await fetch(`${issuer}/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: renewed.refresh_token ?? refreshed.refresh_token ?? '',
        client_id: 'cam-desk',
      }),
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it.each([
    '/oidc',
    '/oidc?client_id=',
    '/oidc/?client_id=cam-desk',
    '/oidc/auth?client_id=%00',
    '/oidc/auth?client_id=cam-desk&response_type=code&scope=openid&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcallback&code_challenge=abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrs&code_challenge_method=S256&state=%00',
  ])('answers %s below 500 (found by the OpenAPI fuzz test)', async (path) => {
    expect((await fetch(`${base}${path}`)).status).toBeLessThan(500);
  });

  it('works without listening when the public URL is configured (app.inject in tests)', async () => {
    const injected = Fastify();
    registerErrorHandling(injected);
    const signIn = await registerSignIn(injected, {
      config: { provider: 'development', keysFile: undefined, publicUrl: 'http://store.test' },
      database,
      corsOrigins: [],
    });
    expect(signIn.issuer()).toBe('http://store.test/oidc');
    const token = await mintDevAccessToken({
      keys: signIn.devKeys ?? keys,
      issuer: signIn.issuer(),
      userId: ana.id,
    });
    const response = await injected.inject({
      url: '/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.json<Identity>().userId).toBe(ana.id);
    await injected.close();
  });

  it('reads users from the table: by id or email, active ones only', async () => {
    const bea = { ...ana, id: 'user-cam-bea', name: 'Bea Ruiz', email: 'bea.ruiz@camdesk.example' };
    await putUser({ ...bea, active: false });
    await putUser({ ...ana, id: 'user-broken', email: 'broken@camdesk.example', role: 'admin' });
    await putUser({ ...ana, id: 'user-twin-1', email: 'twin@camdesk.example' });
    await putUser({ ...ana, id: 'user-twin-2', email: 'twin@camdesk.example' });
    await database.query('UPDATE users SET deleted = true WHERE id = $1', ['user-twin-2']);
    const users = userDirectory(database);

    expect(await users.byEmail('ANA.GARCIA@camdesk.example')).toMatchObject({
      status: 'active',
      identity: { userId: ana.id },
    });
    expect(await users.byEmail('twin@camdesk.example')).toMatchObject({ status: 'active' });
    expect(await users.byId('user-cam-bea')).toEqual({ status: 'revoked' });
    expect(await users.byId('user-broken')).toEqual({ status: 'revoked' });
    expect(await users.byId('user-nobody')).toEqual({ status: 'unknown' });
    expect((await users.listActive()).map((user) => user.userId)).toEqual([ana.id, 'user-twin-1']);

    await putUser({ ...ana, id: 'user-twin-3', email: 'twin@camdesk.example' });
    expect(await users.byEmail('twin@camdesk.example')).toEqual({ status: 'revoked' });
  });

  it('prints a token with the token command, and refuses inactive or unknown users', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'cam-desk-token-'));
    try {
      await writeFile(path.join(dataDir, 'oidc-keys.json'), JSON.stringify(keys));
      const env = { PRM_DATA_DIR: dataDir, DATABASE_URL: testDatabase.url };
      const run = async (args: string[]) => {
        const output = { out: '', err: '' };
        const code = await runTokenCommand(args, env, {
          out: (text) => (output.out += text),
          err: (text) => (output.err += text),
        });
        return { code, ...output };
      };

      const printed = await run(['--user', ana.id, '--ttl', '5', '--store-url', base]);
      expect(printed).toMatchObject({ code: 0, err: '' });
      expect((await whoami(printed.out.trim())).status).toBe(200);
      expect(decodeJwt(printed.out.trim()).exp).toBeLessThanOrEqual(Date.now() / 1000 + 300);

      const unknown = await run(['--user', 'user-nobody', '--store-url', base]);
      expect(unknown.code).toBe(2);
      expect(unknown.err).toContain('unknown user');
      await putUser({ ...ana, active: false });
      const inactive = await run(['--user', ana.id, '--store-url', base]);
      expect(inactive.code).toBe(2);
      expect(inactive.err).toContain('Access for this user was revoked');

      // With no store answering, the command reads the store's database itself.
      if (engine === 'pglite') {
        const stopped = await openDatabase({ engine: 'pglite', dataDir });
        await stopped.query(
          `INSERT INTO users (id, doc, deleted, seq, updated_at)
           VALUES ($1, $2, false, nextval('change_seq'), now())`,
          [ana.id, JSON.stringify(ana)],
        );
        await stopped.close();
      } else {
        await putUser(ana);
      }
      const offline = await run(['--user', ana.id, '--store-url', 'http://127.0.0.1:1']);
      expect(offline).toMatchObject({ code: 0, err: '' });
      expect(decodeJwt(offline.out.trim())).toMatchObject({ iss: 'http://127.0.0.1:1/oidc' });
      const missing = await run(['--user', 'user-nobody', '--store-url', 'http://127.0.0.1:1']);
      expect(missing.code).toBe(2);
      expect(missing.err).toContain('No user user-nobody');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it.each([
    ['the web app on the store', 303, (origin: string) => `${origin}/`],
    ['the Vite dev UI', 303, () => 'http://localhost:5173/'],
    ['the desktop loopback, any port', 303, () => 'http://127.0.0.1:51234/callback'],
    ['the desktop custom scheme', 303, () => 'app://cam-desk/callback'],
    ['a foreign site', 400, () => 'https://attacker.example/callback'],
  ])('answers an authorization request to %s with %i', async (_case, status, redirect) => {
    const authorize = new URL(`${issuer}/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'cam-desk',
      response_type: 'code',
      redirect_uri: redirect(base),
      scope: 'openid',
      code_challenge: createHash('sha256').update('v'.repeat(43)).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    const response = await fetch(authorize, { redirect: 'manual' });
    expect(response.status).toBe(status);
    if (status === 303) expect(response.headers.get('location')).toMatch(/^\/oidc\/interaction\//);
  });

  it('lets only active users sign in on the login page', async () => {
    await putUser({ ...ana, id: 'user-cam-bea', name: 'Bea Ruiz', active: false });
    const browser = cookieJar();
    const authorize = new URL(`${issuer}/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'cam-desk',
      response_type: 'code',
      redirect_uri: 'app://cam-desk/callback',
      scope: 'openid',
      code_challenge: createHash('sha256').update('v'.repeat(43)).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    const login = await browser.follow(authorize.href);
    const page = await login.response.text();
    expect(login.response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page).toContain(ana.name);
    expect(page).not.toContain('Bea Ruiz');
    const action = /<form method="post" action="([^"]+\/login)"/.exec(page)?.[1] ?? '';
    const refused = await browser.follow(`${base}${action}`, {
      method: 'POST',
      body: new URLSearchParams({ userId: 'user-cam-bea' }),
    });
    expect(refused.response.status).toBe(403);
  });

  async function tokenRequest(form: Record<string, string>) {
    const response = await fetch(`${issuer}/token`, {
      method: 'POST',
      body: new URLSearchParams(form),
    });
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status, JSON.stringify(body)).toBe(200);
    return body as { access_token: string; refresh_token?: string; expires_in: number };
  }
});

/**
 * A browser stand-in: keeps cookies (ignoring paths, enough for one sign-in) and follows
 * redirects until it leaves the store, returning the last response (url = where it stopped).
 */
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
