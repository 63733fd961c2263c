import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';

/**
 * Service credentials of the intake API: one per source (docs/intake-api.md). The secret is
 * shown once, when issued; the store keeps only its SHA-256 (migration 010), so a copy of the
 * database gives nobody a working credential. A secret is 32 random bytes, so a plain hash is
 * enough (no password stretching: nothing to guess).
 */

const SECRET_PREFIX = 'prm-intake';

export const secretHash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Issues (or replaces) the credential of `source`; answers the secret, never stored. */
export async function issueServiceCredential(db: Queryable, source: string): Promise<string> {
  const secret = `${SECRET_PREFIX}.${source}.${randomBytes(32).toString('base64url')}`;
  await db.query(
    `INSERT INTO intake_service_credentials (source, secret_sha256) VALUES ($1, $2)
     ON CONFLICT (source) DO UPDATE SET secret_sha256 = EXCLUDED.secret_sha256, created_at = now()`,
    [source, secretHash(secret)],
  );
  return secret;
}

/** Takes the credential of `source` away: its secret stops working at once. */
export async function revokeServiceCredential(db: Queryable, source: string): Promise<void> {
  await db.query('DELETE FROM intake_service_credentials WHERE source = $1', [source]);
}

/**
 * The source a presented `Authorization` header belongs to, or null when it is missing, not a
 * Bearer token, or no stored credential has its hash. The lookup is by the hash (an index), so
 * the secret is never compared character by character.
 */
export async function sourceOfCredential(
  db: Queryable,
  authorization: string | undefined,
): Promise<string | null> {
  const match = /^Bearer ([A-Za-z0-9._-]{1,200})$/.exec(authorization ?? '');
  const secret = match?.[1];
  if (!secret) return null;
  const [row] = await db.query<{ source: string }>(
    'SELECT source FROM intake_service_credentials WHERE secret_sha256 = $1',
    [secretHash(secret)],
  );
  return row?.source ?? null;
}
