import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../errors';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './connection-errors';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', withCode('ECONNREFUSED')],
    ['connection reset', withCode('ECONNRESET')],
    ['admin_shutdown (backend killed)', withCode('57P01', 'terminating connection')],
    ['crash_shutdown', withCode('57P02')],
    ['cannot_connect_now (starting up)', withCode('57P03', 'the database system is starting up')],
    ['connection_exception', withCode('08000')],
    ['connection_does_not_exist', withCode('08003')],
    ['connection_failure', withCode('08006')],
    ['a connection that died under a query', new Error('Connection terminated unexpectedly')],
    [
      'a client reused after its connection died',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    ['the pool timing out', new Error('timeout exceeded when trying to connect')],
    [
      'every address of a host refusing',
      new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]),
    ],
    ['a wrapped cause', new Error('read failed', { cause: withCode('57P01') })],
  ])('%s: unavailable', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key')],
    ['a syntax error', withCode('42601')],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    [
      'an aggregate with one real failure',
      new AggregateError([withCode('ECONNREFUSED'), new Error('bug')]),
    ],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('%s: not unavailable', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('a request while the database is away', () => {
  async function answerTo(error: Error) {
    const app = Fastify();
    registerErrorHandling(app);
    app.get('/thing', async () => {
      throw error;
    });
    const response = await app.inject({ url: '/thing' });
    await app.close();
    return response;
  }

  it('is answered 503 unavailable with Retry-After, not 500', async () => {
    const response = await answerTo(
      withCode('57P01', 'terminating connection due to administrator command'),
    );
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
    expect(response.json()).toMatchObject({ code: 'unavailable' });
    expect(response.json<{ message: string }>().message).toMatch(/database/);
  });

  it('leaves other failures as 500 internal', async () => {
    const response = await answerTo(new Error('a bug'));
    expect(response.statusCode).toBe(500);
    expect(response.headers['retry-after']).toBeUndefined();
    expect(response.json()).toMatchObject({ code: 'internal' });
  });
});
