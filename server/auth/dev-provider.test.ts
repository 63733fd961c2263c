import { describe, expect, it } from 'vitest';
import { redirectUris } from './dev-provider';

describe('redirect URIs of the cam-desk client', () => {
  it.each([
    ['http://127.0.0.1:8787', ['http://127.0.0.1:8787/']],
    ['http://localhost:8787', ['http://localhost:8787/']],
    ['https://prm.example.com', ['https://prm.example.com/']],
    // A native client may not use plain http off loopback: a browser elsewhere cannot sign in.
    ['http://10.0.0.5:8787', []],
  ])('for a store at %s', (origin, web) => {
    expect(redirectUris(origin)).toEqual([
      ...web,
      'http://127.0.0.1/',
      'http://localhost/',
      'http://127.0.0.1/callback',
      'app://cam-desk/callback',
    ]);
  });
});
