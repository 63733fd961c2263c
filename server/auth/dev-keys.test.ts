import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateDevSigningKeys, publicJwks, readDevSigningKeys } from './dev-keys';

describe('development signing keys', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'cam-desk-keys-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('are created once in the data folder, readable by this user only, and reused', async () => {
    const file = path.join(folder, 'nested', 'oidc-keys.json');
    const created = await loadOrCreateDevSigningKeys(file);
    expect(created.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateDevSigningKeys(file)).toEqual(created);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(created);
  });

  it('are per process without a file (in-memory store)', async () => {
    const first = await loadOrCreateDevSigningKeys(undefined);
    const second = await loadOrCreateDevSigningKeys(undefined);
    expect(first.keys[0].kid).not.toBe(second.keys[0].kid);
  });

  it('refuse a file that is not a JWKS of ES256 private keys', async () => {
    const file = path.join(folder, 'oidc-keys.json');
    expect(await readDevSigningKeys(file)).toBeUndefined();
    await writeFile(file, JSON.stringify({ keys: [{ kty: 'oct', k: 'secret' }] }));
    await expect(readDevSigningKeys(file)).rejects.toThrow(/not a JWKS of ES256 private keys/);
  });

  it('publish only their public members', async () => {
    const keys = await loadOrCreateDevSigningKeys(undefined);
    const [published] = publicJwks(keys).keys;
    expect(published).toEqual({
      kty: 'EC',
      crv: 'P-256',
      x: keys.keys[0].x,
      y: keys.keys[0].y,
      kid: keys.keys[0].kid,
      alg: 'ES256',
      use: 'sig',
    });
  });
});
