import { describe, expect, it, vi } from 'vitest';
import type { SignInSetup } from '../../renderer/auth/oidc-client';
import { verifyRedirect } from './browser-sign-in';

vi.mock('electron', () => import('../test-support/electron-mock'));

describe('verifyRedirect', () => {
  const setup = (issSupported: boolean): SignInSetup => ({
    config: {
      issuer: 'https://login.example/tenant/',
      clientId: 'cam-desk',
      scopes: ['openid'],
      resource: null,
      development: false,
    },
    endpoints: {
      authorization_endpoint: 'https://login.example/authorize',
      token_endpoint: 'https://login.example/token',
      authorization_response_iss_parameter_supported: issSupported,
    },
  });
  const answer = (fields: Record<string, string>) => new URLSearchParams(fields);

  it('returns the code when state and iss match (trailing slash aside)', () => {
    const query = answer({ code: 'c', state: 's', iss: 'https://login.example/tenant' });
    expect(verifyRedirect(query, 's', setup(true))).toBe('c');
  });

  it('accepts no iss from an issuer that does not implement RFC 9207', () => {
    expect(verifyRedirect(answer({ code: 'c', state: 's' }), 's', setup(false))).toBe('c');
  });

  it('checks state and iss before reading an error, so a forged error is reported as forged', () => {
    const query = answer({ error: 'access_denied', state: 'other' });
    expect(() => verifyRedirect(query, 's', setup(false))).toThrow(/does not match/);
  });

  it('refuses an answer without a code', () => {
    expect(() => verifyRedirect(answer({ state: 's' }), 's', setup(false))).toThrow(/no code/);
  });
});
