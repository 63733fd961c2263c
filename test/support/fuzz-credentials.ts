import type { App } from '../../server/app';
import { generateDevSigningKeys } from '../../server/auth/dev-keys';
import { mintDevAccessToken } from '../../server/auth/mint';
import type { Decider } from '../../server/decisions/judge-decision';
import type { Credentials } from './api-fuzz-requests';
import { tokenFor } from './auth';

/**
 * Authorization values for the fuzz test: seeded users the store accepts, and every kind it
 * must refuse (missing, malformed, tampered, expired, another key or issuer, an unknown user,
 * a deactivated one).
 */
export async function fuzzCredentials(
  app: App,
  users: readonly Decider[],
  deactivated: Decider,
): Promise<Credentials> {
  const keys = app.signIn.devKeys;
  const [first] = users;
  if (!keys || !first) throw new Error('fuzzCredentials needs the development issuer and a user');
  const issuer = app.signIn.issuer();
  const userId = first.userId;
  const token = await tokenFor(app, first);
  const expired = await mintDevAccessToken({
    keys,
    issuer,
    userId,
    now: new Date(Date.now() - 7_200_000),
  });
  const foreign = await mintDevAccessToken({
    keys: await generateDevSigningKeys(),
    issuer,
    userId,
  });
  const wrongIssuer = await mintDevAccessToken({
    keys,
    issuer: 'http://elsewhere.test/oidc',
    userId,
  });
  const unknown = await mintDevAccessToken({ keys, issuer, userId: 'user-nobody' });
  const [header, payload] = token.split('.');
  const valid = await Promise.all(users.map(async (user) => `Bearer ${await tokenFor(app, user)}`));
  return {
    valid,
    refused: [
      undefined,
      '',
      'Bearer',
      'Bearer ',
      'Bearer not-a-token',
      'Basic dXNlcjpwYXNz',
      `Bearer ${token}x`,
      `Bearer ${header ?? ''}.${payload ?? ''}.`,
      `Bearer ${'a'.repeat(8000)}`,
      `Bearer ${expired}`,
      `Bearer ${foreign}`,
      `Bearer ${wrongIssuer}`,
      `Bearer ${unknown}`,
      `Bearer ${await tokenFor(app, deactivated)}`,
    ],
  };
}
