import { describe, expect, it } from 'vitest';
import { mintDevAccessToken } from '../../server/auth/mint';
import type { ApiError } from '../../shared/api/errors';
import { PROTOCOL_VERSION_HEADER } from '../../shared/sync/protocol';
import { tokenFor } from '../support/auth';
import { engines } from '../support/databases';
import { useScenarioApp } from '../support/scenario-app';
import { ana, aUser } from '../support/scenario';

/**
 * A client wipes the laptop on `session_revoked` and only signs in again on `unauthorized`, so
 * the two must never be confused: on ordinary requests and on the stream alike.
 */
describe.each(engines)('revoked sessions on %s', (engine) => {
  const store = useScenarioApp(engine);

  async function codesFor(token: string): Promise<[number, string][]> {
    const answers = await Promise.all([
      store.app().inject({
        url: '/sync/partners/pull',
        headers: { [PROTOCOL_VERSION_HEADER]: '4', authorization: `Bearer ${token}` },
      }),
      store.app().inject({
        method: 'POST',
        url: '/sync/decisions/push',
        headers: { [PROTOCOL_VERSION_HEADER]: '4', authorization: `Bearer ${token}` },
        payload: [],
      }),
      store.app().inject({ url: `/sync/stream?protocol=4&access_token=${token}` }),
    ]);
    return answers.map((answer) => [answer.statusCode, answer.json<ApiError>().code]);
  }

  const everywhere = (code: string) => [
    [401, code],
    [401, code],
    [401, code],
  ];

  it.each([
    [
      'deactivated',
      () =>
        store
          .app()
          .storeOf('users')
          .put([aUser(ana, { active: false })]),
    ],
    ['deleted', () => store.app().storeOf('users').remove([ana.userId])],
  ])('answers a %s user session_revoked', async (_case, revoke) => {
    const token = await tokenFor(store.app(), ana);
    await revoke();
    expect(await codesFor(token)).toEqual(everywhere('session_revoked'));
  });

  it('answers an expired or invalid token unauthorized', async () => {
    const keys = store.app().signIn.devKeys;
    if (!keys) throw new Error('expected the development issuer');
    const expired = await mintDevAccessToken({
      keys,
      issuer: store.app().signIn.issuer(),
      userId: ana.userId,
      ttlSeconds: -120,
    });
    expect(await codesFor(expired)).toEqual(everywhere('unauthorized'));
    expect(await codesFor('not.a.token')).toEqual(everywhere('unauthorized'));
  });
});
