import path from 'node:path';
import { DEFAULT_CLIENT_ID, SIGN_IN_SCOPES } from '../../shared/auth/oidc';
import { ConfigError } from '../config-error';
import { DEFAULT_DATA_DIR, IN_MEMORY } from '../db/pglite';

/** Who signs users in: an external OpenID provider, or the store's embedded development one. */
export type AuthConfig = ExternalIssuerConfig | DevelopmentIssuerConfig;

export type ExternalIssuerConfig = {
  provider: 'external';
  issuer: string;
  audience: string;
  /** The public client the renderers use at that issuer. */
  clientId: string;
  scopes: string[];
  /** Access token claim holding the user's email, matched against the users table. */
  emailClaim: string;
  /** Overrides the `jwks_uri` of the issuer's discovery document. */
  jwksUri: string | undefined;
};

export type DevelopmentIssuerConfig = {
  provider: 'development';
  /** Where the signing keys persist; undefined keeps them in memory for this process. */
  keysFile: string | undefined;
  /** The store's address as clients reach it; undefined means the address it listens on. */
  publicUrl: string | undefined;
};

export const DEV_KEYS_FILE_NAME = 'oidc-keys.json';

/** Host names of this machine only: plain http is acceptable there. */
export function isLoopbackHost(hostname: string): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

/** Reads sign-in settings from the environment (docs/auth.md); a bad value stops start-up. */
export function readAuthConfig(env: NodeJS.ProcessEnv): AuthConfig {
  const issuer = env['OIDC_ISSUER']?.trim();
  const audience = env['OIDC_AUDIENCE']?.trim();
  if (issuer || audience) {
    if (!issuer || !audience) {
      throw new ConfigError('OIDC_ISSUER and OIDC_AUDIENCE must be set together');
    }
    const jwksUri = env['OIDC_JWKS_URI']?.trim() || undefined;
    return {
      provider: 'external',
      issuer: secureUrl('OIDC_ISSUER', issuer),
      audience,
      clientId: env['OIDC_CLIENT_ID']?.trim() || DEFAULT_CLIENT_ID,
      scopes: (env['OIDC_SCOPES']?.trim() || SIGN_IN_SCOPES.join(' ')).split(/\s+/),
      emailClaim: env['OIDC_EMAIL_CLAIM']?.trim() || 'email',
      jwksUri: jwksUri && secureUrl('OIDC_JWKS_URI', jwksUri),
    };
  }

  const publicUrl = env['PRM_PUBLIC_URL']?.trim() || undefined;
  if (!publicUrl && WILDCARD_HOSTS.has(env['PRM_HOST']?.trim() ?? '')) {
    throw new ConfigError(
      'PRM_PUBLIC_URL must be set when PRM_HOST listens on every interface: the development ' +
        'sign-in provider names itself after the address clients use',
    );
  }
  const dataDir = env['PRM_DATA_DIR']?.trim();
  return {
    provider: 'development',
    keysFile:
      dataDir === IN_MEMORY
        ? undefined
        : path.join(path.resolve(dataDir || DEFAULT_DATA_DIR), DEV_KEYS_FILE_NAME),
    publicUrl: publicUrl && originOnly('PRM_PUBLIC_URL', publicUrl),
  };
}

/** https, or http on a loopback address (tests and local set-ups). */
function secureUrl(name: string, value: string): string {
  const url = URL.parse(value);
  const loopback = url && isLoopbackHost(url.hostname);
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
    throw new ConfigError(`${name} must be an https:// URL (got "${value}")`);
  }
  // Kept exactly as given: `iss` must match it character for character (some issuers end in /).
  return value;
}

function originOnly(name: string, value: string): string {
  const url = URL.parse(value);
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search) {
    throw new ConfigError(
      `${name} must be an origin such as https://prm.example.com (got "${value}")`,
    );
  }
  return url.origin;
}
