import type { Identity } from '../../shared/auth/identity';
import type { UserDirectory } from './users';
import { InvalidTokenError, type AccessTokenVerifier } from './verify';

/** The outcome for one bearer token; failures carry a message fit to show the client. */
export type Authentication =
  | { ok: true; identity: Identity; /** Token `exp`, seconds since the epoch. */ expiresAt: number }
  | { ok: false; reason: 'invalid_token' | 'revoked'; message: string };

export type Authenticator = {
  authenticate(token: string): Promise<Authentication>;
  /** The user's identity now, or null once revoked: for long-lived connections to re-check. */
  currentIdentity(userId: string): Promise<Identity | null>;
};

/**
 * Verifies the token, then finds its user: by `sub` (the user id) for the development issuer,
 * by the email claim for an external one. Issuer outages are thrown, not reported as 401.
 */
export function createAuthenticator({
  verify,
  users,
  match,
}: {
  verify: AccessTokenVerifier;
  users: UserDirectory;
  match: 'subject' | 'email';
}): Authenticator {
  async function authenticate(token: string): Promise<Authentication> {
    let claims;
    try {
      claims = await verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        return { ok: false, reason: 'invalid_token', message: error.message };
      }
      throw error;
    }
    const email = match === 'email' ? claims.email : undefined;
    if (match === 'email' && !email) {
      return {
        ok: false,
        reason: 'invalid_token',
        message: 'The access token carries no email to find the user by',
      };
    }
    const standing = email ? await users.byEmail(email) : await users.byId(claims.subject);
    switch (standing.status) {
      case 'active':
        return { ok: true, identity: standing.identity, expiresAt: claims.expiresAt };
      case 'revoked':
        return { ok: false, reason: 'revoked', message: 'Access for this user was revoked' };
      case 'unknown':
        return {
          ok: false,
          reason: 'revoked',
          message: 'This user has no access to the store (unknown user)',
        };
    }
  }

  async function currentIdentity(userId: string): Promise<Identity | null> {
    const standing = await users.byId(userId);
    return standing.status === 'active' ? standing.identity : null;
  }

  return { authenticate, currentIdentity };
}
