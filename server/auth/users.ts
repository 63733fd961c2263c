import Value from 'typebox/value';
import { IdentitySchema, type Identity } from '../../shared/auth/identity';
import type { Queryable } from '../db/database';

/** Where a signed-in person stands right now, by the store's own users table. */
export type UserStanding =
  | { status: 'active'; identity: Identity }
  /** Deleted, deactivated (`active: false`), or a row this server cannot read as a user. */
  | { status: 'revoked' }
  | { status: 'unknown' };

type UserRow = { doc: Record<string, unknown>; deleted: boolean };

/**
 * Looks people up in the `users` table on every call (no cache), so deactivating a user takes
 * effect at their next request. Identity comes only from the row, never from token claims.
 */
export function userDirectory(database: Queryable) {
  async function byId(userId: string): Promise<UserStanding> {
    const rows = await database.query<UserRow>('SELECT doc, deleted FROM users WHERE id = $1', [
      userId,
    ]);
    return standingOf(rows);
  }

  /** For an external issuer, whose `sub` is its own: the email claim names the user. */
  async function byEmail(email: string): Promise<UserStanding> {
    const rows = await database.query<UserRow>(
      `SELECT doc, deleted FROM users WHERE lower(doc->>'email') = lower($1)`,
      [email],
    );
    return standingOf(rows);
  }

  /** Who may sign in, for the development provider's user picker. */
  async function listActive(limit = 500): Promise<Identity[]> {
    const rows = await database.query<UserRow>(
      `SELECT doc, deleted FROM users
       WHERE NOT deleted AND doc->>'active' = 'true'
       ORDER BY doc->>'name', id LIMIT $1`,
      [limit],
    );
    return rows.flatMap((row) => activeIdentity(row) ?? []);
  }

  return { byId, byEmail, listActive };
}

export type UserDirectory = ReturnType<typeof userDirectory>;

function standingOf(rows: UserRow[]): UserStanding {
  if (rows.length === 0) return { status: 'unknown' };
  const active = rows.flatMap((row) => {
    const identity = activeIdentity(row);
    return identity ? [identity] : [];
  });
  // Two live users with one email cannot be told apart: neither is let in.
  const [identity] = active;
  return identity && active.length === 1 ? { status: 'active', identity } : { status: 'revoked' };
}

function activeIdentity({ doc, deleted }: UserRow): Identity | undefined {
  if (deleted || doc['active'] !== true) return undefined;
  const identity = {
    userId: doc['id'],
    role: doc['role'],
    territoryIds: doc['territoryIds'],
    email: doc['email'],
    name: doc['name'],
  };
  return Value.Check(IdentitySchema, identity) ? identity : undefined;
}
