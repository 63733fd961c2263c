import Type, { type Static } from 'typebox';

/** Where the store mounts its embedded development OpenID provider. */
export const DEV_OIDC_PATH = '/oidc';

/** The public client (no secret, PKCE) the web and desktop renderers sign in as. */
export const DEFAULT_CLIENT_ID = 'cam-desk';

/** `aud` of access tokens for the store's API. */
export const DEFAULT_API_AUDIENCE = 'cam-desk-api';

/** Resource indicator (RFC 8707) the development provider issues API access tokens for. */
export const DEV_API_RESOURCE = 'urn:cam-desk:api';

/** `offline_access` asks for a refresh token; the provider honours it only with `prompt=consent`. */
export const SIGN_IN_SCOPES = ['openid', 'profile', 'email', 'offline_access'] as const;

/** Desktop redirect over the loopback interface: any port is accepted (RFC 8252 section 7.3). */
export const LOOPBACK_REDIRECT_URI = 'http://127.0.0.1/callback';

/** Desktop redirect through the app's own protocol. */
export const DESKTOP_REDIRECT_URI = 'app://cam-desk/callback';

/** Query parameter carrying the access token where headers cannot be set (EventSource). */
export const ACCESS_TOKEN_QUERY_PARAMETER = 'access_token';

/** `GET /auth/config`: how a client signs in to this store, so it needs only the store's URL. */
export const SignInConfigurationSchema = Type.Object(
  {
    /** OpenID issuer; its discovery document is `<issuer>/.well-known/openid-configuration`. */
    issuer: Type.String(),
    clientId: Type.String(),
    scopes: Type.Array(Type.String()),
    /** Resource indicator to send as `resource`, or null when the issuer needs none. */
    resource: Type.Union([Type.String(), Type.Null()]),
    /** True for the embedded development provider (no passwords). */
    development: Type.Boolean(),
  },
  { additionalProperties: false },
);

export type SignInConfiguration = Static<typeof SignInConfigurationSchema>;
