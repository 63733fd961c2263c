import { describe, expect, it } from 'vitest';
import { machinePostgresUrl, probePostgres, useTestPostgres } from './test-postgres';

/** The PostgreSQL this run's global set-up chose: it answers. */
const reachable = process.env['TEST_DATABASE_URL'] ?? machinePostgresUrl;
/** Nothing listens on port 1: a PostgreSQL that is not there, without stopping a real one. */
const unreachable = 'postgresql://postgres:secret-word@127.0.0.1:1/test';

describe('which PostgreSQL the tests use', () => {
  it('uses TEST_DATABASE_URL when it answers, and leaves it running', async () => {
    const postgres = await useTestPostgres({ TEST_DATABASE_URL: reachable });
    expect(postgres).toMatchObject({ url: reachable, source: 'configured' });
    await postgres.stop();
    expect(await probePostgres(reachable)).toBeUndefined();
  });

  it('fails at once, without its password, when TEST_DATABASE_URL does not answer', async () => {
    const attempt = useTestPostgres({
      TEST_DATABASE_URL: unreachable,
      TEST_POSTGRES_PROBE_URL: reachable,
    });
    await expect(attempt).rejects.toThrow(
      /TEST_DATABASE_URL is postgresql:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test but no PostgreSQL answers there/,
    );
    await expect(attempt).rejects.not.toThrow(/secret-word/);
  });

  it("uses the machine's PostgreSQL when it answers", async () => {
    const postgres = await useTestPostgres({ TEST_POSTGRES_PROBE_URL: reachable });
    expect(postgres).toMatchObject({ url: reachable, source: 'machine' });
    await postgres.stop();
    expect(await probePostgres(reachable)).toBeUndefined();
  });

  it('starts an embedded PostgreSQL with a database test when none answers, and removes it', async () => {
    const messages: string[] = [];
    const postgres = await useTestPostgres({ TEST_POSTGRES_PROBE_URL: unreachable }, (message) =>
      messages.push(message),
    );
    try {
      expect(postgres.source).toBe('embedded');
      expect(new URL(postgres.url).pathname).toBe('/test');
      expect(await probePostgres(postgres.url)).toBeUndefined();
      expect(messages.join('\n')).toMatch(/started an embedded one on 127\.0\.0\.1:\d+/);
    } finally {
      await postgres.stop();
    }
    expect(await probePostgres(postgres.url)).toEqual(expect.any(String));
  });
});
