import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

/** ES256: small signatures, which matters for tokens that travel in a URL (the SSE stream). */
export const DEV_SIGNING_ALG = 'ES256';

/** A private signing key as a JWK, with the identifiers verifiers select it by. */
export type SigningJwk = JWK & { kty: 'EC'; crv: 'P-256'; d: string; kid: string; alg: 'ES256' };

/** The development provider's signing keys (a private JWKS); the first one signs. */
export type DevSigningKeys = { keys: [SigningJwk, ...SigningJwk[]] };

export type PublicJwks = { keys: JWK[] };

export async function generateDevSigningKeys(): Promise<DevSigningKeys> {
  const { privateKey } = await generateKeyPair(DEV_SIGNING_ALG, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  return {
    keys: [{ ...jwk, kty: 'EC', crv: 'P-256', d: String(jwk.d), kid, alg: 'ES256', use: 'sig' }],
  };
}

/**
 * The keys persisted in `file`, created there on first use (readable by this user only), so
 * tokens survive a restart. Without a file (in-memory store) each process has its own keys.
 */
export async function loadOrCreateDevSigningKeys(
  file: string | undefined,
): Promise<DevSigningKeys> {
  if (!file) return generateDevSigningKeys();
  const existing = await readDevSigningKeys(file);
  if (existing) return existing;
  const keys = await generateDevSigningKeys();
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
  return keys;
}

/** The keys in `file`, or undefined when there is no such file yet. */
export async function readDevSigningKeys(file: string): Promise<DevSigningKeys | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const keys = parseDevSigningKeys(text);
  if (!keys)
    throw new Error(`${file} is not a JWKS of ES256 private keys: delete it to start over`);
  return keys;
}

function parseDevSigningKeys(text: string): DevSigningKeys | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || !('keys' in parsed)) return undefined;
  const { keys } = parsed;
  if (!Array.isArray(keys) || !keys.every(isSigningJwk)) return undefined;
  const [first, ...rest] = keys;
  return first ? { keys: [first, ...rest] } : undefined;
}

function isSigningJwk(value: unknown): value is SigningJwk {
  if (typeof value !== 'object' || value === null) return false;
  const jwk = value as Record<string, unknown>;
  return (
    jwk['kty'] === 'EC' &&
    jwk['crv'] === 'P-256' &&
    jwk['alg'] === DEV_SIGNING_ALG &&
    ['x', 'y', 'd', 'kid'].every((member) => typeof jwk[member] === 'string')
  );
}

/** The JWKS a verifier needs: public members only. */
export function publicJwks(keys: DevSigningKeys): PublicJwks {
  return {
    keys: keys.keys.map(({ kty, crv, x, y, kid, alg, use }) => ({ kty, crv, x, y, kid, alg, use })),
  };
}
