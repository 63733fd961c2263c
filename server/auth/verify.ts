import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { DEFAULT_API_AUDIENCE } from '../../shared/auth/oidc';
import { DEV_SIGNING_ALG, publicJwks, type DevSigningKeys } from './dev-keys';

/** What the store takes from a verified token: which user (by `sub` or email), until when. */
export type VerifiedAccessToken = {
  subject: string;
  email: string | undefined;
  /** `exp`, in seconds since the epoch. */
  expiresAt: number;
};

export type AccessTokenVerifier = (token: string) => Promise<VerifiedAccessToken>;

/** The token itself is unacceptable: the client should sign in (or refresh) again. */
export class InvalidTokenError extends Error {
  constructor(
    readonly reason: 'expired' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

/** The issuer's keys could not be fetched: nothing is wrong with the token, try again later. */
export class IssuerUnavailableError extends Error {}

/** Tolerated clock difference between the issuer and this server. */
export const CLOCK_TOLERANCE_SECONDS = 30;

/** Asymmetric algorithms only: a JWKS holds public keys, and `none` is never acceptable. */
const EXTERNAL_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];

type VerifierOptions = {
  /** A function, because the development issuer is known only once the store listens. */
  issuer: () => string;
  audience: string;
  keys: () => Promise<JWTVerifyGetKey>;
  algorithms: string[];
  /** Required `typ` header (RFC 9068 `at+jwt`), when the issuer is known to set it. */
  tokenType?: string;
  emailClaim?: string;
};

/** Checks signature, issuer, audience, expiry and not-before (with a small clock tolerance). */
export function createAccessTokenVerifier(options: VerifierOptions): AccessTokenVerifier {
  return async (token) => {
    const keys = await options.keys();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer(),
        audience: options.audience,
        algorithms: options.algorithms,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp'],
        ...(options.tokenType ? { typ: options.tokenType } : {}),
      }));
    } catch (error) {
      throw asVerificationError(error);
    }
    // Present (requiredClaims); jose checks that `exp` is a number but not what `sub` is.
    const { sub, exp = 0 } = payload;
    if (typeof sub !== 'string' || sub === '') {
      throw new InvalidTokenError('invalid', 'The access token names no subject');
    }
    const email = options.emailClaim ? payload[options.emailClaim] : undefined;
    return { subject: sub, email: typeof email === 'string' ? email : undefined, expiresAt: exp };
  };
}

/** Tokens of the embedded development provider (or the token command): its own keys, no HTTP. */
export function devAccessTokenVerifier({
  keys,
  issuer,
}: {
  keys: DevSigningKeys;
  issuer: () => string;
}): AccessTokenVerifier {
  const jwks = createLocalJWKSet(publicJwks(keys));
  return createAccessTokenVerifier({
    issuer,
    audience: DEFAULT_API_AUDIENCE,
    keys: async () => jwks,
    algorithms: [DEV_SIGNING_ALG],
    tokenType: 'at+jwt',
  });
}

/**
 * Tokens of an external issuer, checked against its published JWKS (found through its discovery
 * document unless `jwksUri` is given). jose caches the keys and refetches on an unknown `kid`.
 */
export function externalAccessTokenVerifier({
  issuer,
  audience,
  jwksUri,
  emailClaim,
}: {
  issuer: string;
  audience: string;
  jwksUri: string | undefined;
  emailClaim: string;
}): AccessTokenVerifier {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const remoteKeys = async () => {
    const uri = jwksUri ?? (await discoverJwksUri(issuer));
    return remoteKeySet(new URL(uri));
  };
  return createAccessTokenVerifier({
    issuer: () => issuer,
    audience,
    algorithms: EXTERNAL_ALGORITHMS,
    emailClaim,
    keys: () => {
      keys ??= remoteKeys().catch((error: unknown) => {
        keys = undefined; // Try discovery again on the next request.
        throw error;
      });
      return keys;
    },
  });
}

async function discoverJwksUri(issuer: string): Promise<string> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  let document: unknown;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    document = await response.json();
  } catch (cause) {
    throw new IssuerUnavailableError(`The sign-in provider's discovery document is unreachable`, {
      cause,
    });
  }
  const metadata = (typeof document === 'object' && document) || {};
  if (!('issuer' in metadata) || metadata.issuer !== issuer) {
    throw new IssuerUnavailableError(`${url} describes another issuer than ${issuer}`);
  }
  if (!('jwks_uri' in metadata) || typeof metadata.jwks_uri !== 'string') {
    throw new IssuerUnavailableError(`${url} has no jwks_uri`);
  }
  return metadata.jwks_uri;
}

/** jose's remote key set, with fetch failures told apart from tokens naming an unknown key. */
function remoteKeySet(url: URL): JWTVerifyGetKey {
  const jwks = createRemoteJWKSet(url, { timeoutDuration: 5000 });
  return async (header, token) => {
    try {
      return await jwks(header, token);
    } catch (error) {
      const tokensFault =
        error instanceof errors.JWKSNoMatchingKey ||
        error instanceof errors.JWKSMultipleMatchingKeys ||
        error instanceof errors.JOSENotSupported;
      if (tokensFault) throw error;
      throw new IssuerUnavailableError("The sign-in provider's keys are unreachable", {
        cause: error,
      });
    }
  };
}

function asVerificationError(error: unknown): unknown {
  if (error instanceof errors.JWTExpired) {
    return new InvalidTokenError('expired', 'The access token has expired');
  }
  if (error instanceof errors.JOSEError) {
    return new InvalidTokenError('invalid', `The access token is invalid (${error.message})`);
  }
  return error;
}
