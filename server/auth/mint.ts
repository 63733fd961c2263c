import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT } from 'jose';
import { DEFAULT_API_AUDIENCE, DEFAULT_CLIENT_ID } from '../../shared/auth/oidc';
import { DEV_SIGNING_ALG, type DevSigningKeys } from './dev-keys';

export const DEFAULT_MINTED_TTL_SECONDS = 60 * 60;

/**
 * An API access token for `userId`, as the development provider would issue it (same keys,
 * issuer, audience and `at+jwt` type), for scripts and tests that skip the browser sign-in.
 */
export async function mintDevAccessToken({
  keys,
  issuer,
  userId,
  ttlSeconds = DEFAULT_MINTED_TTL_SECONDS,
  now = new Date(),
}: {
  keys: DevSigningKeys;
  issuer: string;
  userId: string;
  ttlSeconds?: number;
  now?: Date;
}): Promise<string> {
  const [jwk] = keys.keys;
  const key = await importJWK(jwk, DEV_SIGNING_ALG);
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ client_id: DEFAULT_CLIENT_ID })
    .setProtectedHeader({ alg: DEV_SIGNING_ALG, kid: jwk.kid, typ: 'at+jwt' })
    .setIssuer(issuer)
    .setAudience(DEFAULT_API_AUDIENCE)
    .setSubject(userId)
    .setJti(randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key);
}
