import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION_HEADER, RESYNC } from '../../shared/sync/protocol';
import { signedInAs, tokenFor } from '../support/auth';
import { aPartner } from '../support/partners';
import { ana } from '../support/scenario';
import { useScenarioApp } from '../support/scenario-app';
import { preferredEncoding } from '../../server/sync/compression';

const protocol = { [PROTOCOL_VERSION_HEADER]: '4' };
const decoders: Record<string, (body: Buffer) => Buffer> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
};

describe('compressed answers (server/sync/compression.ts)', () => {
  const store = useScenarioApp('postgres');

  async function pullPartners(acceptEncoding: string | undefined, query = '?limit=5000') {
    const response = await store.app().inject({
      url: `/sync/partners/pull${query}`,
      headers: {
        ...protocol,
        ...(await signedInAs(store.app(), ana)),
        ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
      },
    });
    return { response, body: response.rawPayload };
  }

  async function withManyPartners() {
    const partners = Array.from({ length: 300 }, (_, index) =>
      aPartner({ id: `partner-z${String(index).padStart(3, '0')}`, territoryId: 'territory-a' }),
    );
    await store.app().storeOf('partners').put(partners);
  }

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['br and gzip: brotli first', 'gzip, deflate, br'],
  ])('sends a pull page %s when the client accepts it, the same JSON inside', async (_, accept) => {
    await withManyPartners();
    const plain = await pullPartners(undefined);
    const packed = await pullPartners(accept);

    expect(plain.response.headers['content-encoding']).toBeUndefined();
    const encoding = String(packed.response.headers['content-encoding']);
    expect(encoding).toBe(accept === 'gzip' ? 'gzip' : 'br');
    const decode = decoders[encoding];
    if (!decode) throw new Error(`No decoder for ${encoding}`);
    expect(decode(packed.body).toString('utf8')).toBe(plain.body.toString('utf8'));
    // Compressed in one call, its size known (not streamed through zlib in chunks).
    expect(packed.response.headers['content-length']).toBe(String(packed.body.length));
    expect(String(packed.response.headers['vary'])).toMatch(/accept-encoding/i);
    // 300 partners of the same shape: far less on the wire.
    expect(packed.body.length * 5).toBeLessThan(plain.body.length);
  });

  it('sends small answers and errors as they are', async () => {
    const caughtUp = await pullPartners('br', '?limit=1&seq=999999');
    expect(caughtUp.response.statusCode).toBe(200);
    expect(caughtUp.response.headers['content-encoding']).toBeUndefined();
    expect(caughtUp.response.json()).toMatchObject({ documents: [] });

    const refused = await store.app().inject({
      url: '/sync/partners/pull?limit=0',
      headers: { ...protocol, ...(await signedInAs(store.app(), ana)), 'accept-encoding': 'br' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.json()).toMatchObject({ code: 'bad_request' });
  });

  it('never compresses the live stream: its first event arrives at once, as text', async () => {
    const url = await store.app().listen({ port: 0, host: '127.0.0.1' });
    const token = await tokenFor(store.app(), ana);
    const first = await new Promise<{ encoding: string | undefined; text: string }>(
      (resolve, reject) => {
        const stream = request(`${url}/sync/stream?protocol=4&access_token=${token}`, {
          headers: { 'accept-encoding': 'br, gzip' },
        });
        stream.on('response', (response) => {
          response.setEncoding('utf8');
          response.once('data', (chunk: string) => {
            resolve({ encoding: response.headers['content-encoding'], text: chunk });
            stream.destroy();
          });
        });
        stream.on('error', reject);
        stream.end();
      },
    );
    expect(first.encoding).toBeUndefined();
    expect(first.text).toContain(`data: ${JSON.stringify(RESYNC)}`);
  });
});

describe('which encoding a client gets', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.1', 'br'],
    ['*', 'br'],
    ['identity', null],
    ['deflate', null],
    ['br;q=0, gzip;q=0', null],
    [undefined, null],
  ])('Accept-Encoding %s → %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});
