import { afterEach, describe, expect, it, vi } from 'vitest';
import { aDecision } from '../../test/support/scenario';
import { InvalidResponseError } from './store-answers';
import { StoreRequestError, storeClient } from './store-client';

function answering(status: number, body: string, statusText = '') {
  vi.stubGlobal('fetch', () =>
    Promise.resolve(new Response(body, { status, statusText, headers: { 'content-type': 'x' } })),
  );
  return storeClient('http://store.test', () => Promise.resolve('token'));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the store client', () => {
  it('reads the store error body: code, message, details', async () => {
    const body = {
      code: 'bad_request',
      message: 'Invalid request',
      details: [{ path: '/body/0/newDocumentState/comment', message: 'is too long' }],
    };
    const failure = answering(400, JSON.stringify(body)).pushDecisions([
      { newDocumentState: aDecision() },
    ]);

    await expect(failure).rejects.toEqual(
      new StoreRequestError(400, 'bad_request', 'Invalid request', body.details),
    );
    await expect(failure).rejects.toMatchObject({ details: body.details });
  });

  it.each([
    ['an HTML page', '<html>Bad gateway</html>'],
    ['no body', ''],
    ['another shape', JSON.stringify({ error: 'session_revoked' })],
    [
      'details that are not a list',
      JSON.stringify({ code: 'bad_request', message: 'x', details: 1 }),
    ],
  ])('turns an error answer with %s into an error with its status', async (_, body) => {
    const failure = answering(502, body, 'Bad Gateway').pull('partners', undefined, 10);

    await expect(failure).rejects.toBeInstanceOf(StoreRequestError);
    await expect(failure).rejects.toMatchObject({
      status: 502,
      code: 'unknown',
      message: 'The central store answered 502 Bad Gateway, without an error the app can read',
      details: [],
    });
  });

  it('refuses a successful answer that is not JSON, naming the collection', async () => {
    const failure = answering(200, 'not json').pull('partners', undefined, 10);

    await expect(failure).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(failure).rejects.toThrow(
      'The central store sent an invalid pull page for partners: / is not JSON',
    );
  });

  it('refuses a pull page for a collection with a document of another collection', async () => {
    const page = { documents: [aDecision()], checkpoint: { seq: 1 } };
    const failure = answering(200, JSON.stringify(page)).pull('partners', undefined, 10);

    await expect(failure).rejects.toMatchObject({ collection: 'partners', path: '/documents/0' });
  });

  it('returns a valid pull page as it came', async () => {
    const page = { documents: [aDecision()], checkpoint: { seq: 1, scope: 'abc' } };

    expect(await answering(200, JSON.stringify(page)).pull('decisions', undefined, 10)).toEqual(
      page,
    );
  });
});
