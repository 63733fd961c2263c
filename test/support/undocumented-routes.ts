import fc from 'fast-check';

/** A request to a route the OpenAPI document leaves out. */
export type UndocumentedRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  contentType: string;
  payload: string;
};

const oidcParameter = fc.constantFrom(
  'client_id',
  'redirect_uri',
  'response_type',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
  'prompt',
  'resource',
  'grant_type',
  'code',
  'code_verifier',
  'refresh_token',
  'token',
  'id_token_hint',
  'post_logout_redirect_uri',
  'userId',
  'xsrf',
);
const text = fc.oneof(
  fc.constantFrom(
    'cam-desk',
    'code',
    'openid',
    'S256',
    'http://127.0.0.1/callback',
    'consent',
    'authorization_code',
    'refresh_token',
    'user-cam-ana',
    'user-cam-gone',
  ),
  // Well-formed text only: URLSearchParams cannot encode a lone surrogate.
  fc.string({ unit: 'binary', maxLength: 40 }).filter((value) => !/\p{Cs}/u.test(value)),
  fc.constantFrom('\u0000', 'x'.repeat(5000), '%', '[]', '{}'),
);
const fields = fc.dictionary(oidcParameter, text, { maxKeys: 8 });
const uid = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,30}$/),
  fc.constantFrom('..', '%2e%2e', '%00', 'x'.repeat(300)),
);
const path = fc.oneof(
  fc.constantFrom(
    '/oidc',
    '/oidc/.well-known/openid-configuration',
    '/oidc/jwks',
    '/oidc/auth',
    '/oidc/token',
    '/oidc/me',
    '/oidc/session/end',
    '/oidc/session/end/confirm',
    '/oidc/token/revocation',
    '/oidc/reg',
    '/oidc/nowhere',
  ),
  uid.map((id) => `/oidc/interaction/${id}`),
  fc
    .tuple(uid, fc.constantFrom('login', 'abort', 'other'))
    .map(([id, step]) => `/oidc/interaction/${id}/${step}`),
  fc
    .array(fc.stringMatching(/^[A-Za-z0-9._~%-]{1,12}$/), { minLength: 1, maxLength: 4 })
    .map((segments) => `/${segments.join('/')}`),
);
const body = fc.oneof(
  fields.map((form) => ({
    contentType: 'application/x-www-form-urlencoded',
    payload: new URLSearchParams(form).toString(),
  })),
  fields.map((form) => ({ contentType: 'application/json', payload: JSON.stringify(form) })),
  fc.constantFrom(
    { contentType: 'application/json', payload: '{"a":' },
    { contentType: 'text/plain', payload: 'x' },
    { contentType: 'application/x-www-form-urlencoded', payload: 'a'.repeat(10_000) },
  ),
);

/**
 * The development sign-in provider under /oidc (its endpoints and login pages, with OAuth
 * parameters right, wrong and hostile) and paths no route serves.
 */
export const undocumentedRequests: fc.Arbitrary<UndocumentedRequest> = fc
  .record({
    method: fc.constantFrom('GET' as const, 'POST' as const, 'PUT' as const, 'DELETE' as const),
    path,
    query: fields,
    body,
  })
  .map(({ method, path: route, query, body: { contentType, payload } }) => {
    const search = new URLSearchParams(query).toString();
    return { method, url: search === '' ? route : `${route}?${search}`, contentType, payload };
  });
