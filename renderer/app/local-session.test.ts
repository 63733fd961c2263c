import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Identity } from '../../shared/auth/identity';
import { confirmIdentity, resolveStoreId, sameIdentity } from './local-session';
import { storageKeys } from './storage-keys';
import { memoryStorage } from '../test-support/memory-storage';

const storeUrl = 'http://store.test';

function answering(status: number, body: unknown) {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(body), { status })));
}

const health = {
  status: 'ok',
  database: 'pglite',
  protocolVersion: 1,
  version: '0.1.0',
  storeId: 'store1',
};

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage());
  localStorage.setItem(storageKeys.storeIdAt(storeUrl), 'remembered');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the store's /health answer", () => {
  it('names the store and is remembered', async () => {
    answering(200, health);

    expect(await resolveStoreId(storeUrl)).toBe('store1');
    expect(localStorage.getItem(storageKeys.storeIdAt(storeUrl))).toBe('store1');
  });

  it.each([
    ['a store id of another shape', { ...health, storeId: 'Not/An Id' }],
    ['no store id', { ...health, storeId: undefined }],
    ['not an object', 'ok'],
  ])('with %s is not used: the remembered id stands', async (_, body) => {
    answering(200, body);

    expect(await resolveStoreId(storeUrl)).toBe('remembered');
    expect(localStorage.getItem(storageKeys.storeIdAt(storeUrl))).toBe('remembered');
  });
});

describe('a refused identity check', () => {
  it('is a revocation only when the error body says session_revoked', async () => {
    answering(401, { code: 'session_revoked', message: 'Deactivated' });
    expect(await confirmIdentity(storeUrl, 'token')).toEqual({ state: 'revoked' });

    answering(401, { code: 'session_revoked', message: 'Deactivated', wipe: true });
    expect(await confirmIdentity(storeUrl, 'token')).toEqual({ state: 'unknown' });
    answering(401, { code: 'unauthorized', message: 'Expired' });
    expect(await confirmIdentity(storeUrl, 'token')).toEqual({ state: 'unknown' });
  });
});

describe('the identity a workspace opened on', () => {
  const kept: Identity = {
    userId: 'user-cam-ana',
    role: 'cam',
    territoryIds: ['territory-a', 'territory-b'],
    email: 'ana@example.com',
    name: 'Ana Ruiz',
  };

  it('is the same when only the order of its territories differs', () => {
    expect(sameIdentity(kept, { ...kept, territoryIds: ['territory-b', 'territory-a'] })).toBe(
      true,
    );
  });

  it.each<[string, Partial<Identity>]>([
    ['another user', { userId: 'user-cam-dan' }],
    ['another role', { role: 'regional_manager' }],
    ['a territory less', { territoryIds: ['territory-a'] }],
    ['a territory swapped', { territoryIds: ['territory-a', 'territory-c'] }],
    ['another name', { name: 'Ana Ruiz López' }],
    ['another address', { email: 'ana.ruiz@example.com' }],
  ])('differs with %s: the store has changed it', (_, change) => {
    expect(sameIdentity(kept, { ...kept, ...change })).toBe(false);
  });
});
