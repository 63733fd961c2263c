import { describe, expect, it } from 'vitest';
import { parseTokenArguments, runTokenCommand } from './token-command';

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const code = await runTokenCommand(args, env, {
    out: (text) => (out += text),
    err: (text) => (err += text),
  });
  return { code, out, err };
}

describe('token command', () => {
  it('reads --user, --ttl in minutes and --store-url', () => {
    expect(parseTokenArguments(['--user', 'user-cam-ana'])).toEqual({
      userId: 'user-cam-ana',
      ttlSeconds: 3600,
      storeUrl: undefined,
    });
    expect(
      parseTokenArguments([
        '--user=user-cam-ana',
        '--ttl',
        '5',
        '--store-url',
        'http://127.0.0.1:9',
      ]),
    ).toEqual({ userId: 'user-cam-ana', ttlSeconds: 300, storeUrl: 'http://127.0.0.1:9' });
  });

  it.each([
    ['no --user', [], /--user <user id> is required/],
    ['an unknown flag', ['--user', 'u', '--admin'], /Unknown option '--admin'/],
    ['a positional argument', ['--user', 'u', 'extra'], /positional/],
    ['a ttl of zero', ['--user', 'u', '--ttl', '0'], /--ttl must be/],
    ['a fractional ttl', ['--user', 'u', '--ttl', '1.5'], /--ttl must be/],
  ])('exits 2 with usage on %s', async (_case, args, message) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).toContain('Usage: npm run token');
  });

  it.each([
    [
      'an external issuer',
      { OIDC_ISSUER: 'https://login.example.com', OIDC_AUDIENCE: 'api' },
      /get tokens from https:\/\/login.example.com/,
    ],
    [
      'an in-memory store',
      { PRM_DATA_DIR: 'memory://' },
      /keeps the signing keys inside the store/,
    ],
    ['a store never started', { PRM_DATA_DIR: '/nonexistent/cam-desk' }, /No signing keys at/],
  ])('exits 2 for %s', async (_case, env, message) => {
    const { code, err } = await run(['--user', 'user-cam-ana'], env);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toContain('Usage:');
  });
});
