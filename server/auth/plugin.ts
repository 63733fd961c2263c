import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { ApiErrorSchema } from '../../shared/api/errors';
import {
  ACCESS_TOKEN_QUERY_PARAMETER,
  SignInConfigurationSchema,
  type SignInConfiguration,
} from '../../shared/auth/oidc';
import { IdentitySchema, type Identity } from '../../shared/auth/identity';
import { HttpError } from '../errors';
import type { Authenticator } from './authenticator';
import { IssuerUnavailableError } from './verify';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- Fastify's types are extended by declaration merging, which only an interface can do
  interface FastifyRequest {
    /** The signed-in user, set by `requireIdentity`; null on routes that do not require it. */
    identity: Identity | null;
    /** When the request's access token expires (ms since the epoch), for long-lived streams. */
    identityExpiresAt: number | null;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- as above
  interface FastifyInstance {
    /** Resolves the caller from the bearer token, or throws a 401 HttpError. */
    identify: (request: FastifyRequest) => Promise<Identity>;
    /** onRequest hook for routes that need a signed-in user: sets `request.identity`. */
    requireIdentity: (request: FastifyRequest) => Promise<void>;
    /** The user's identity now, or null once revoked (for streams to re-check). */
    currentIdentity: (userId: string) => Promise<Identity | null>;
  }
}

export type AuthPluginOptions = {
  authenticator: Authenticator;
  /**
   * Routes (as registered, e.g. '/sync/stream') that also accept the token as `?access_token=`,
   * because the client cannot set headers there (EventSource). Elsewhere only the header counts.
   */
  queryTokenPaths?: readonly string[];
  /** Served at `GET /auth/config` (public) so clients learn the issuer from the store. */
  signInConfiguration?: () => SignInConfiguration;
};

/**
 * A 401 for a missing or rejected token; `bearerError` feeds the WWW-Authenticate header. The
 * code tells a client what to do: `unauthorized` (sign in again, keep the local data) or
 * `session_revoked` (a valid token whose user was deactivated or deleted: wipe the laptop).
 */
export class UnauthorizedError extends HttpError {
  constructor(
    message: string,
    readonly bearerError: 'invalid_request' | 'invalid_token' | undefined,
    code: 'unauthorized' | 'session_revoked' = 'unauthorized',
  ) {
    super(401, code, message);
  }
}

const REALM = 'cam-desk';

async function auth(
  app: FastifyInstance,
  { authenticator, queryTokenPaths = [], signInConfiguration }: AuthPluginOptions,
) {
  const tokenPaths = new Set(queryTokenPaths);
  const failures = new WeakMap<FastifyRequest, UnauthorizedError>();

  async function resolveIdentity(request: FastifyRequest): Promise<Identity> {
    const token = bearerToken(request, tokenPaths);
    let result;
    try {
      result = await authenticator.authenticate(token);
    } catch (error) {
      if (!(error instanceof IssuerUnavailableError)) throw error;
      request.log.warn({ err: error }, 'access token not verifiable: issuer unreachable');
      throw new HttpError(503, 'unavailable', `${error.message}; try again shortly`);
    }
    if (!result.ok) {
      request.log.info({ reason: result.reason }, 'access token refused');
      const code = result.reason === 'revoked' ? 'session_revoked' : 'unauthorized';
      throw new UnauthorizedError(result.message, 'invalid_token', code);
    }
    request.identity = result.identity;
    request.identityExpiresAt = result.expiresAt * 1000;
    return result.identity;
  }

  app.decorateRequest('identity', null);
  app.decorateRequest('identityExpiresAt', null);
  app.decorate('identify', async (request: FastifyRequest) => {
    try {
      return await resolveIdentity(request);
    } catch (error) {
      if (error instanceof UnauthorizedError) failures.set(request, error);
      throw error;
    }
  });
  app.decorate('requireIdentity', async (request: FastifyRequest) => {
    await app.identify(request);
  });
  app.decorate('currentIdentity', (userId: string) => authenticator.currentIdentity(userId));

  // RFC 6750: every 401 tells the client which scheme to use, and why its token was refused.
  app.addHook('onSend', async (request, reply) => {
    if (reply.statusCode !== 401 || reply.hasHeader('www-authenticate')) return;
    reply.header('www-authenticate', wwwAuthenticate(failures.get(request)));
  });

  app.get(
    '/auth/me',
    {
      onRequest: app.requireIdentity,
      schema: {
        summary: 'The signed-in user, as the store knows them',
        tags: ['auth'],
        response: { 200: IdentitySchema, 401: ApiErrorSchema },
      },
    },
    async (request): Promise<Identity> => signedIn(request),
  );
  if (signInConfiguration) {
    app.get(
      '/auth/config',
      {
        schema: {
          summary: 'How clients sign in to this store: issuer, client id, scopes',
          tags: ['auth'],
          response: { 200: SignInConfigurationSchema },
        },
      },
      async () => signInConfiguration(),
    );
  }
}

/** The identity `requireIdentity` set; calling this on an unprotected route is a bug. */
export function signedIn(request: FastifyRequest): Identity {
  if (!request.identity) throw new Error(`${request.url} is not protected by requireIdentity`);
  return request.identity;
}

function bearerToken(request: FastifyRequest, tokenPaths: ReadonlySet<string>): string {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
    if (!match?.[1]) {
      throw new UnauthorizedError(
        'Send the access token as "Authorization: Bearer <token>"',
        'invalid_request',
      );
    }
    return match[1];
  }
  const search = request.url.split('?', 2)[1] ?? '';
  const fromQuery = new URLSearchParams(search).get(ACCESS_TOKEN_QUERY_PARAMETER);
  // The matched route, not the raw path: an encoded variant of an allowed path is the same route.
  const route = request.routeOptions.url ?? request.url.split('?', 1)[0] ?? '';
  if (fromQuery && tokenPaths.has(route)) return fromQuery;
  throw new UnauthorizedError(
    fromQuery
      ? `An access token in the URL is accepted only on ${[...tokenPaths].join(', ') || 'no path'}; send it as "Authorization: Bearer <token>"`
      : 'Sign-in required: send an access token as "Authorization: Bearer <token>"',
    fromQuery ? 'invalid_request' : undefined,
  );
}

function wwwAuthenticate(failure: UnauthorizedError | undefined): string {
  if (!failure?.bearerError) return `Bearer realm="${REALM}"`;
  const description = failure.message.replace(/["\\]/g, "'");
  return `Bearer realm="${REALM}", error="${failure.bearerError}", error_description="${description}"`;
}

/** Registered at the top level (not encapsulated), so every route sees the decorations. */
export const authPlugin: FastifyPluginAsync<AuthPluginOptions> = Object.assign(auth, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'cam-desk-auth',
});
