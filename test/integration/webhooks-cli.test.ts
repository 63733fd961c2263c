import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, main } from '../../server/webhooks/cli';

/** `npm run webhooks` against a PGlite data folder of its own, as IT would run it. */
describe('npm run webhooks', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'webhooks-cli-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  async function run(argv: string[], env: NodeJS.ProcessEnv = { PRM_DATA_DIR: dataDir }) {
    let out = '';
    let err = '';
    const code = await main(argv, {
      out: (text) => (out += text),
      err: (text) => (err += text),
      env,
    });
    return { code, out, err };
  }

  it(
    'subscribes, lists, removes, and refuses bad input without changing anything',
    { timeout: 60_000 },
    async () => {
      const added = await run([
        'add',
        '--url',
        'https://hooks.slack.com/services/T0/B0/abc',
        '--format',
        'slack',
        '--territory',
        'territory-mx',
        '--events',
        'request.approved,request.escalated',
      ]);
      expect(added.err).toBe('');
      expect(added.code).toBe(EXIT_OK);
      const id = /Subscribed (webhook-[0-9a-f-]+)/.exec(added.out)?.[1];
      expect(id).toBeDefined();
      const secret = /secret {2}([A-Za-z0-9_-]{43}) {3}\(shown once/.exec(added.out)?.[1];
      expect(secret).toBeDefined();

      for (const argv of [
        ['add', '--url', 'http://example.com/hook', '--format', 'json'],
        ['add', '--url', 'https://example.com/hook', '--format', 'json', '--secret', 'short'],
        [
          'add',
          '--url',
          'https://example.com/hook',
          '--format',
          'json',
          '--events',
          'request.nope',
        ],
        ['add', '--url', 'https://example.com/hook', '--format', 'pager'],
        ['remove', 'webhook-that-does-not-exist'],
        ['retry', 'webhook-that-does-not-exist', '1'],
      ]) {
        const refused = await run(argv);
        expect(refused.code, argv.join(' ')).toBe(EXIT_USAGE);
        expect(refused.err, argv.join(' ')).not.toBe('');
        expect(refused.out).toBe('');
      }

      const listed = await run(['list']);
      expect(listed.code).toBe(EXIT_OK);
      expect(listed.out.trim().split('\n')).toHaveLength(1);
      expect(listed.out).toContain(`${id}  slack  https://hooks.slack.com/services/T0/B0/abc`);
      expect(listed.out).toContain('events=request.approved,request.escalated');
      expect(listed.out).toContain('territories=territory-mx');
      expect(listed.out).not.toContain(secret);

      expect((await run(['deliveries', '--dead'])).out).toBe('The dead-letter list is empty.\n');
      expect((await run(['retry', '--dead'])).out).toMatch(/^0 deliveries queued again/);

      expect(await run(['remove', id ?? ''])).toMatchObject({ code: EXIT_OK });
      expect((await run(['list'])).out).toBe('No webhook subscriptions.\n');
      expect((await run(['list', '--all'])).out).toMatch(/removed=/);
      expect((await run(['remove', id ?? ''])).code).toBe(EXIT_USAGE);
    },
  );

  it('says what is wrong with its arguments or its database', async () => {
    const usage = await run(['add', '--url']);
    expect(usage.code).toBe(EXIT_USAGE);
    expect(usage.err).toMatch(/Usage: npm run webhooks/);
    expect((await run(['--help'])).out).toMatch(/request\.step_approved/);
    // A bad subscription is refused before any database is opened.
    const refused = await run(['add', '--url', 'http://example.com/h', '--format', 'json'], {
      DATABASE_URL: 'mysql://nope',
    });
    expect(refused.code).toBe(EXIT_USAGE);
    expect(refused.err).toMatch(/only for this machine/);
    const badUrl = await run(['list'], { DATABASE_URL: 'mysql://nope' });
    expect(badUrl).toMatchObject({ code: EXIT_FAILED });
    expect(badUrl.err).toMatch(/DATABASE_URL must start with postgres/);
  });
});
