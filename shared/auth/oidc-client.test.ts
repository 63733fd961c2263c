import { describe, expect, it } from 'vitest';
import {
  SignInRejectedError,
  verifyAuthorizationResponse,
  type PendingAuthorization,
  type SignInSetup,
} from './oidc-client';
import { web } from './web-runtime';

describe('verifyAuthorizationResponse (the same checks in both shells)', () => {
  const issuer = 'https://login.example/tenant';
  const setup = (issSupported: boolean): SignInSetup => ({
    config: {
      issuer,
      clientId: 'cam-desk',
      scopes: ['openid'],
      resource: null,
      development: false,
    },
    server: {
      issuer,
      authorization_endpoint: 'https://login.example/authorize',
      token_endpoint: 'https://login.example/token',
      authorization_response_iss_parameter_supported: issSupported,
    },
    client: { client_id: 'cam-desk' },
    timeoutMs: 1_000,
    plainHttp: false,
  });
  const pending: PendingAuthorization = {
    state: 's',
    verifier: 'v',
    nonce: null,
    redirectUri: 'https://app.example/',
  };
  const verify = (fields: Record<string, string>, issSupported = true) => {
    verifyAuthorizationResponse(setup(issSupported), new web.URLSearchParams(fields), pending);
  };

  it('hands back the answer when state and iss match', () => {
    expect(() => {
      verify({ code: 'c', state: 's', iss: issuer });
    }).not.toThrow();
  });

  it('accepts no iss from an issuer that does not implement RFC 9207', () => {
    expect(() => {
      verify({ code: 'c', state: 's' }, false);
    }).not.toThrow();
  });

  it.each([
    ['another state', { code: 'c', state: 'forged', iss: issuer }, /does not match/],
    ['no state', { code: 'c', iss: issuer }, /does not match/],
    ['another issuer', { code: 'c', state: 's', iss: 'https://attacker.example' }, /attacker/],
    // Compared exactly, as the discovery document spells it: a trailing slash is another issuer.
    ['the issuer with a slash', { code: 'c', state: 's', iss: `${issuer}/` }, /comes from/],
    ['no iss where it is promised', { code: 'c', state: 's' }, /which issuer/],
    ['no code', { state: 's', iss: issuer }, /no code/],
    ['a refusal', { error: 'access_denied', state: 's', iss: issuer }, /refused the sign-in/],
  ])('refuses an answer with %s', (_case, fields, message) => {
    expect(() => {
      verify(fields);
    }).toThrow(SignInRejectedError);
    expect(() => {
      verify(fields);
    }).toThrow(message);
  });

  it('checks state and iss before reading an error, so a forged error is reported as forged', () => {
    expect(() => {
      verify({ error: 'access_denied', state: 'other' }, false);
    }).toThrow(/does not match/);
  });
});
