import { describe, expect, it } from 'vitest';
import { MAX_SEQ, PROTOCOL_VERSION_HEADER } from '../../shared/sync/protocol';
import { signedInAs } from '../support/auth';
import { engines } from '../support/databases';
import { useScenarioApp } from '../support/scenario-app';
import { ana } from '../support/scenario';

const protocol = { [PROTOCOL_VERSION_HEADER]: '4' };

/** `seq` and `limit` are whole numbers in range, written as decimal digits, or the pull is 400. */
describe.each(engines)('pull query numbers on %s', (engine) => {
  const store = useScenarioApp(engine);

  async function pull(query: string) {
    return store.app().inject({
      url: `/sync/partners/pull?${query}`,
      headers: { ...protocol, ...(await signedInAs(store.app(), ana)) },
    });
  }

  it.each([
    ['seq=1.5', 'seq'],
    ['seq=1e3', 'seq'],
    ['seq=-1', 'seq'],
    ['seq=99999999999999999999', 'seq'],
    [`seq=${String(MAX_SEQ + 1)}`, 'seq'],
    ['seq=abc', 'seq'],
    ['seq=0x10', 'seq'],
    ['seq=', 'seq'],
    ['seq=%205', 'seq'],
    ['seq=1&seq=2', 'seq'],
    ['limit=1.5', 'limit'],
    ['limit=1e3', 'limit'],
    ['limit=-1', 'limit'],
    ['limit=0', 'limit'],
    ['limit=5001', 'limit'],
    ['limit=99999999999999999999', 'limit'],
    ['limit=abc', 'limit'],
  ])('answers ?%s with 400 naming %s', async (query, parameter) => {
    const response = await pull(query);
    expect(response.statusCode).toBe(400);
    const error = response.json<{ code: string; message: string; details: { path: string }[] }>();
    expect(error.code).toBe('bad_request');
    expect(error.details.map((detail) => detail.path)).toContain(`/querystring/${parameter}`);
    expect(error.message).toContain(`/querystring/${parameter}`);
    // A repeated parameter is an array, refused for its type before its digits are read.
    expect(error.message).toMatch(query.includes('&seq=') ? /string/ : /decimal digits/);
  });

  it.each([
    ['seq=0&limit=1', 1],
    ['limit=5000', 2],
    [`seq=${String(MAX_SEQ)}`, 0],
  ])('pulls with ?%s', async (query, documents) => {
    const response = await pull(query);
    expect(response.statusCode).toBe(200);
    expect(response.json<{ documents: unknown[] }>().documents).toHaveLength(documents);
  });

  it('pulls from a checkpoint exactly, never from a truncated one', async () => {
    const first = (await pull('limit=1')).json<{ checkpoint: { seq: number } }>();
    const next = await pull(`seq=${String(first.checkpoint.seq)}`);
    expect(next.json<{ documents: { id: string }[] }>().documents.map((doc) => doc.id)).toEqual([
      'partner-a2',
    ]);
  });
});
