import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config';
import { readAuthConfig } from './config';

describe('readAuthConfig', () => {
  it('defaults to the development provider, keys in the data folder', () => {
    expect(readAuthConfig({})).toEqual({
      provider: 'development',
      keysFile: path.resolve('.data/prm-store/oidc-keys.json'),
      publicUrl: undefined,
    });
    expect(readAuthConfig({ PRM_DATA_DIR: 'memory://' })).toMatchObject({ keysFile: undefined });
    expect(readAuthConfig({ PRM_PUBLIC_URL: 'https://prm.example.com/' })).toMatchObject({
      publicUrl: 'https://prm.example.com',
    });
  });

  it('uses an external issuer when OIDC_ISSUER and OIDC_AUDIENCE are set', () => {
    expect(
      readAuthConfig({
        OIDC_ISSUER: 'https://login.example.com/tenant/',
        OIDC_AUDIENCE: 'api://cam-desk',
      }),
    ).toEqual({
      provider: 'external',
      issuer: 'https://login.example.com/tenant/',
      audience: 'api://cam-desk',
      clientId: 'cam-desk',
      scopes: ['openid', 'profile', 'email', 'offline_access'],
      emailClaim: 'email',
      jwksUri: undefined,
    });
  });

  it.each([
    ['an issuer without audience', { OIDC_ISSUER: 'https://login.example.com' }, /set together/],
    ['an audience without issuer', { OIDC_AUDIENCE: 'api' }, /set together/],
    [
      'a plain-http issuer',
      { OIDC_ISSUER: 'http://login.example.com', OIDC_AUDIENCE: 'api' },
      /https/,
    ],
    ['a public URL with a path', { PRM_PUBLIC_URL: 'https://example.com/prm' }, /origin/],
    ['every interface without a public URL', { PRM_HOST: '0.0.0.0' }, /PRM_PUBLIC_URL/],
  ])('stops on %s', (_case, env, message) => {
    expect(() => readAuthConfig(env)).toThrow(ConfigError);
    expect(() => readAuthConfig(env)).toThrow(message);
  });
});
