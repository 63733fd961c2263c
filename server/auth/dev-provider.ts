import { randomBytes } from 'node:crypto';
import type Provider from 'oidc-provider';
import type {
  Configuration,
  FindAccount,
  KoaContextWithOIDC,
  errors as OidcErrors,
} from 'oidc-provider';
import {
  DEFAULT_API_AUDIENCE,
  DEFAULT_CLIENT_ID,
  DESKTOP_REDIRECT_URI,
  DEV_API_RESOURCE,
  DEV_OIDC_PATH,
  LOOPBACK_REDIRECT_URI,
  SIGN_IN_SCOPES,
} from '../../shared/auth/oidc';
import { isLoopbackHost } from './config';
import { DEV_SIGNING_ALG, type DevSigningKeys } from './dev-keys';
import { errorPage, logoutPage, signedOutPage } from './dev-pages';
import type { Queryable } from '../db/database';
import { postgresOidcAdapter } from './oidc-adapter';
import type { UserDirectory } from './users';

/** Short-lived API tokens: a refresh (or a revoked user's next request) comes soon. */
export const DEV_ACCESS_TOKEN_TTL_SECONDS = 10 * 60;
const DAY = 24 * 60 * 60;

export type DevProviderOptions = {
  /** `<store origin>/oidc`. */
  issuer: string;
  /** The store's own origin: the web renderer it serves signs in with `<origin>/` as redirect. */
  storeOrigin: string;
  keys: DevSigningKeys;
  users: UserDirectory;
  /** Where grants, sessions and refresh tokens are kept, so they outlive a restart. */
  database: Queryable;
  /** Origins (besides the redirect URIs') whose pages may call the token endpoint. */
  corsOrigins: readonly string[];
  /** Trust X-Forwarded-* (the store sits behind a TLS-terminating proxy). */
  trustProxy: boolean;
  onServerError(error: Error): void;
};

/**
 * The embedded development OpenID provider (oidc-provider, a certified implementation): one
 * public client `cam-desk` with PKCE, JWT access tokens for the store's API, refresh tokens,
 * accounts read from the users table. Its grants, sessions and refresh tokens live in the
 * store's database (oidc-adapter.ts), so a restart signs nobody out.
 */
export async function createDevProvider(options: DevProviderOptions): Promise<Provider> {
  // Loaded only when the development provider is used: an external issuer never needs it.
  const { default: OidcProvider, errors } = await import('oidc-provider');
  const provider = new OidcProvider(options.issuer, devProviderConfiguration(options, errors));
  provider.proxy = options.trustProxy;
  provider.on('server_error', (_ctx: KoaContextWithOIDC, error: Error) => {
    options.onServerError(error);
  });
  return provider;
}

export function devProviderConfiguration(
  { storeOrigin, keys, users, corsOrigins, database }: DevProviderOptions,
  errors: typeof OidcErrors,
): Configuration {
  const findAccount: FindAccount = async (_ctx, sub) => {
    const standing = await users.byId(sub);
    if (standing.status !== 'active') return undefined;
    const { identity } = standing;
    return {
      accountId: identity.userId,
      claims: () => ({ sub: identity.userId, email: identity.email, name: identity.name }),
    };
  };
  const allowedOrigins = new Set(corsOrigins);

  return {
    clients: [
      {
        client_id: DEFAULT_CLIENT_ID,
        client_name: 'CAM Desk',
        // Native: loopback redirects may use any port (RFC 8252 section 7.3).
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: redirectUris(storeOrigin),
        post_logout_redirect_uris: redirectUris(storeOrigin),
        id_token_signed_response_alg: DEV_SIGNING_ALG,
      },
    ],
    clientDefaults: { id_token_signed_response_alg: DEV_SIGNING_ALG },
    enabledJWA: { idTokenSigningAlgValues: [DEV_SIGNING_ALG] },
    jwks: { keys: keys.keys },
    adapter: postgresOidcAdapter(database),
    // Interactions live in memory, so per-process cookie keys lose nothing on restart.
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    scopes: [...SIGN_IN_SCOPES],
    claims: { openid: ['sub'], email: ['email'], profile: ['name'] },
    conformIdTokenClaims: false,
    findAccount,
    loadExistingGrant,
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `${DEV_OIDC_PATH}/interaction/${interaction.uid}` },
    clientBasedCORS: (_ctx, origin, client) =>
      allowedOrigins.has(origin) ||
      client.redirectUris?.some((uri) => URL.parse(uri)?.origin === origin) === true,
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(out);
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.body = signedOutPage();
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => DEV_API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: async (_ctx, indicator) => {
          if (indicator !== DEV_API_RESOURCE) {
            throw new errors.InvalidTarget(`unknown resource ${indicator}`);
          }
          return {
            // The API authorizes by the user's role and territories, not by scopes.
            scope: '',
            audience: DEFAULT_API_AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: DEV_ACCESS_TOKEN_TTL_SECONDS,
            jwt: { sign: { alg: DEV_SIGNING_ALG } },
          };
        },
      },
    },
    ttl: {
      AccessToken: DEV_ACCESS_TOKEN_TTL_SECONDS,
      AuthorizationCode: 60,
      IdToken: DEV_ACCESS_TOKEN_TTL_SECONDS,
      Interaction: 10 * 60,
      RefreshToken: 14 * DAY,
      Session: 14 * DAY,
      Grant: 14 * DAY,
    },
  };
}

/**
 * The first-party client is granted what it asks for: no consent screen. (Native clients still
 * pass through the consent prompt once per authorization; the interaction routes answer it.)
 */
async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx;
  const clientId = oidc.client?.clientId;
  const accountId = oidc.session?.accountId;
  const grantId = oidc.result?.consent?.grantId ?? (clientId && oidc.session?.grantIdFor(clientId));
  const existing = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
  if (clientId !== DEFAULT_CLIENT_ID || !accountId) return existing;

  const grant =
    existing?.accountId === accountId ? existing : new oidc.provider.Grant({ clientId, accountId });
  grant.addOIDCScope(oidc.requestParamOIDCScopes);
  grant.addOIDCClaims(oidc.requestParamClaims);
  for (const [indicator, resourceServer] of Object.entries(oidc.resourceServers ?? {})) {
    grant.addResourceScope(indicator, resourceServer.scope);
  }
  await grant.save();
  return grant;
}

/**
 * The web renderer at the store's root, then the same on any loopback port (a native client's
 * loopback redirects ignore the port: covers Vite's dev server), the desktop app's callbacks.
 */
export function redirectUris(storeOrigin: string): string[] {
  const origin = new URL(storeOrigin);
  // A native client may use plain http only on loopback, and https only elsewhere.
  const webApp = (origin.protocol === 'http:') === isLoopbackHost(origin.hostname);
  return [
    ...(webApp ? [`${origin.origin}/`] : []),
    'http://127.0.0.1/',
    'http://localhost/',
    LOOPBACK_REDIRECT_URI,
    DESKTOP_REDIRECT_URI,
  ];
}
