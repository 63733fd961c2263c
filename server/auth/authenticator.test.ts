import { describe, expect, it } from 'vitest';
import type { Identity } from '../../shared/auth/identity';
import { createAuthenticator } from './authenticator';
import type { UserDirectory, UserStanding } from './users';
import { InvalidTokenError, type VerifiedAccessToken } from './verify';

const ana: Identity = {
  userId: 'user-cam-ana',
  role: 'cam',
  territoryIds: ['terr-iberia'],
  email: 'ana.garcia@camdesk.example',
  name: 'Ana García',
};

/** Users by id and by lower-cased email, as the users table would answer. */
function directory(standings: Record<string, UserStanding>): UserDirectory {
  const find = async (key: string) => standings[key] ?? { status: 'unknown' as const };
  return { byId: find, byEmail: (email) => find(email.toLowerCase()), listActive: async () => [] };
}

const verifiedAs =
  (claims: Partial<VerifiedAccessToken>) => async (): Promise<VerifiedAccessToken> => ({
    subject: 'user-cam-ana',
    email: undefined,
    expiresAt: 2_000_000_000,
    ...claims,
  });

describe('authenticate', () => {
  const users = directory({
    'user-cam-ana': { status: 'active', identity: ana },
    'ana.garcia@camdesk.example': { status: 'active', identity: ana },
    'user-cam-gone': { status: 'revoked' },
  });

  it('takes the identity from the user row, keyed by the token subject', async () => {
    const authenticator = createAuthenticator({ verify: verifiedAs({}), users, match: 'subject' });
    expect(await authenticator.authenticate('token')).toEqual({
      ok: true,
      identity: ana,
      expiresAt: 2_000_000_000,
    });
  });

  it('finds the user of an external issuer by the email claim, not its subject', async () => {
    const verify = verifiedAs({ subject: 'idp-123', email: 'Ana.Garcia@camdesk.example' });
    const authenticator = createAuthenticator({ verify, users, match: 'email' });
    expect(await authenticator.authenticate('token')).toMatchObject({ ok: true, identity: ana });
    const noEmail = createAuthenticator({ verify: verifiedAs({}), users, match: 'email' });
    expect(await noEmail.authenticate('token')).toMatchObject({
      ok: false,
      reason: 'invalid_token',
    });
  });

  it.each([
    ['revoked (inactive or deleted)', 'user-cam-gone', 'Access for this user was revoked'],
    ['never-seen', 'user-nobody', 'This user has no access to the store (unknown user)'],
  ])('refuses a %s user', async (_case, subject, message) => {
    const authenticator = createAuthenticator({
      verify: verifiedAs({ subject }),
      users,
      match: 'subject',
    });
    expect(await authenticator.authenticate('token')).toEqual({
      ok: false,
      reason: 'revoked',
      message,
    });
  });

  it('reports a token the verifier refuses, with its reason', async () => {
    const verify = async () => {
      throw new InvalidTokenError('expired', 'The access token has expired');
    };
    const authenticator = createAuthenticator({ verify, users, match: 'subject' });
    expect(await authenticator.authenticate('token')).toEqual({
      ok: false,
      reason: 'invalid_token',
      message: 'The access token has expired',
    });
  });

  it('re-reads the current identity, null once revoked', async () => {
    const authenticator = createAuthenticator({ verify: verifiedAs({}), users, match: 'subject' });
    expect(await authenticator.currentIdentity('user-cam-ana')).toEqual(ana);
    expect(await authenticator.currentIdentity('user-cam-gone')).toBeNull();
  });
});
