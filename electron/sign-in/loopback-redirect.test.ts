import { describe, expect, it } from 'vitest';
import { listenForRedirect, SignInCancelledError } from './loopback-redirect';

async function visit(url: string) {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe('listenForRedirect', () => {
  it('listens on the loopback interface only, on a port of its own', async () => {
    const redirect = await listenForRedirect({ timeoutMs: 1_000 });
    expect(redirect.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*\/callback$/);
    redirect.finish({ ok: false, message: 'test over' });
  });

  it('ignores stray requests and holds the callback until the outcome is known', async () => {
    const redirect = await listenForRedirect({ timeoutMs: 1_000 });
    const origin = new URL(redirect.redirectUri).origin;
    expect((await visit(`${origin}/favicon.ico`)).status).toBe(404);

    const page = visit(`${redirect.redirectUri}?code=abc&state=xyz`);
    const query = await redirect.callback;
    expect(query.get('code')).toBe('abc');
    redirect.finish({ ok: true });

    const { status, headers, body } = await page;
    expect(status).toBe(200);
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(body).toContain('Signed in to CAM Desk');
    // Self-contained: the server is gone by the time a browser would fetch anything else.
    expect(body).not.toMatch(/(src|href)=/);
    await expect(fetch(redirect.redirectUri)).rejects.toThrow();
  });

  it('answers a second callback without disturbing the first', async () => {
    const redirect = await listenForRedirect({ timeoutMs: 1_000 });
    const first = visit(`${redirect.redirectUri}?code=one`);
    await redirect.callback;
    const second = await visit(`${redirect.redirectUri}?code=two`);
    expect(second.status).toBe(409);
    redirect.finish({ ok: true });
    expect((await first).status).toBe(200);
  });

  it('stops waiting when cancelled, with the reason given', async () => {
    const controller = new AbortController();
    const redirect = await listenForRedirect({ timeoutMs: 1_000, signal: controller.signal });
    controller.abort(new SignInCancelledError('Signed out.'));
    await expect(redirect.callback).rejects.toThrow('Signed out.');
    await expect(fetch(redirect.redirectUri)).rejects.toThrow();
  });
});
