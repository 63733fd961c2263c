import type { App } from '../../server/app';
import type { AuthConfig } from '../../server/auth/config';
import { mintDevAccessToken } from '../../server/auth/mint';
import type { Decider } from '../../server/decisions/judge-decision';

/** The embedded development issuer, keys in memory, at a fixed address tokens can name. */
export const testAuth: AuthConfig = {
  provider: 'development',
  keysFile: undefined,
  publicUrl: 'http://store.test',
};

/** A real access token from the store's own development issuer, for a seeded user. */
export async function tokenFor(app: App, decider: Decider): Promise<string> {
  const keys = app.signIn.devKeys;
  if (!keys) throw new Error('tokenFor needs the development issuer');
  return mintDevAccessToken({ keys, issuer: app.signIn.issuer(), userId: decider.userId });
}

export async function signedInAs(app: App, decider: Decider) {
  return { authorization: `Bearer ${await tokenFor(app, decider)}` };
}
