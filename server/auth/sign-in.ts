import type { FastifyInstance } from 'fastify';
import type Provider from 'oidc-provider';
import {
  DEFAULT_CLIENT_ID,
  DEV_API_RESOURCE,
  DEV_OIDC_PATH,
  SIGN_IN_SCOPES,
} from '../../shared/auth/oidc';
import type { Queryable } from '../db/database';
import { createAuthenticator } from './authenticator';
import { isLoopbackHost, type AuthConfig } from './config';
import { loadOrCreateDevSigningKeys, type DevSigningKeys } from './dev-keys';
import { createDevProvider } from './dev-provider';
import { devProviderRoutes } from './dev-routes';
import { authPlugin } from './plugin';
import { userDirectory } from './users';
import { devAccessTokenVerifier, externalAccessTokenVerifier } from './verify';

export type SignInOptions = {
  config: AuthConfig;
  database: Queryable;
  /** Origins (besides the redirect URIs') whose pages may call the token endpoint. */
  corsOrigins: readonly string[];
  /** Routes that accept `?access_token=` (EventSource cannot send headers). */
  queryTokenPaths?: readonly string[];
  /** Development provider: use these keys instead of the configured file (tests). */
  keys?: DevSigningKeys;
};

export const DEFAULT_QUERY_TOKEN_PATHS = ['/sync/stream'];

/** What tests (and the token command) need to mint tokens this store accepts. */
export type SignIn = {
  /** The issuer tokens must name (for the development provider, once the store listens). */
  issuer(): string;
  /** The development provider's signing keys; undefined with an external issuer. */
  devKeys: DevSigningKeys | undefined;
};

/**
 * Sign-in for the store: token verification and `request.identity` for every route, and, with no
 * external issuer configured, the embedded development provider under /oidc. Call it on the
 * root instance before registering the routes that use `app.requireIdentity`.
 */
export async function registerSignIn(
  app: FastifyInstance,
  options: SignInOptions,
): Promise<SignIn> {
  const { config, database, queryTokenPaths = DEFAULT_QUERY_TOKEN_PATHS } = options;
  const users = userDirectory(database);

  if (config.provider === 'external') {
    const verify = externalAccessTokenVerifier(config);
    await app.register(authPlugin, {
      authenticator: createAuthenticator({ verify, users, match: 'email' }),
      queryTokenPaths,
      signInConfiguration: () => ({
        issuer: config.issuer,
        clientId: config.clientId,
        scopes: config.scopes,
        resource: null,
        development: false,
      }),
    });
    return { issuer: () => config.issuer, devKeys: undefined };
  }

  const keys = options.keys ?? (await loadOrCreateDevSigningKeys(config.keysFile));
  let origin = config.publicUrl;
  const storeOrigin = () => (origin ??= listeningOrigin(app));
  const issuer = () => `${storeOrigin()}${DEV_OIDC_PATH}`;

  let provider: Promise<Provider> | undefined;
  const devProvider = () =>
    (provider ??= createDevProvider({
      issuer: issuer(),
      storeOrigin: storeOrigin(),
      keys,
      users,
      database,
      corsOrigins: options.corsOrigins,
      trustProxy: config.publicUrl !== undefined,
      onServerError: (error) => {
        app.log.error({ err: error }, 'development sign-in provider failed');
      },
    }));

  if (config.publicUrl && !isLoopbackHost(new URL(config.publicUrl).hostname)) {
    app.log.warn(
      `Development sign-in (no passwords) is reachable at ${config.publicUrl}: anyone who can ` +
        'open it can sign in as any user. Set OIDC_ISSUER and OIDC_AUDIENCE for real use.',
    );
  }
  await app.register(devProviderRoutes, { provider: devProvider, users });
  await app.register(authPlugin, {
    authenticator: createAuthenticator({
      verify: devAccessTokenVerifier({ keys, issuer }),
      users,
      match: 'subject',
    }),
    queryTokenPaths,
    signInConfiguration: () => ({
      issuer: issuer(),
      clientId: DEFAULT_CLIENT_ID,
      scopes: [...SIGN_IN_SCOPES],
      resource: DEV_API_RESOURCE,
      development: true,
    }),
  });
  return { issuer, devKeys: keys };
}

/** The origin clients reach the store at, from the address it listens on. */
function listeningOrigin(app: FastifyInstance): string {
  if (app.addresses().length === 0) {
    throw new Error(
      'The development sign-in provider needs the store address: listen first, or set PRM_PUBLIC_URL',
    );
  }
  const url = new URL(app.listeningOrigin.replace('[::1]', 'localhost'));
  if (['0.0.0.0', '[::]'].includes(url.hostname)) {
    throw new Error('The store listens on every interface: set PRM_PUBLIC_URL to its address');
  }
  return url.origin;
}
