import compress, { type FastifyCompressOptions } from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip, type BrotliOptions, type ZlibOptions } from 'node:zlib';

/** Answers smaller than this are sent as they are: errors, small catch-up pages. */
const THRESHOLD_BYTES = 1024;
const brotliOptions: BrotliOptions = {
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: 4,
  },
};
const zlibOptions: ZlibOptions = { level: 6 };
const compressors = {
  br: (body: string) => promisify(brotliCompress)(body, brotliOptions),
  gzip: (body: string) => promisify(gzip)(body, zlibOptions),
};
type Encoding = keyof typeof compressors;

/**
 * How the store compresses what it sends, by the client's Accept-Encoding: brotli, else gzip,
 * else nothing. Pull pages are large JSON (a page of 5,000 deals is about 3.9 MB) that
 * compresses about 11 times, so a first sync over a hotel network sends a tenth of the bytes;
 * brotli at quality 4 costs about 12 ms of CPU per megabyte (zlib's default quality, 11, is tens
 * of times slower). docs/benchmarks.md measures both ways.
 *
 * JSON answers in memory (pull pages, snapshots, the OpenAPI document) are compressed here in
 * one call on the threadpool: @fastify/compress streams a string through zlib in small chunks,
 * a round trip between the event loop and the threadpool each, which on a busy machine made a
 * pull of the whole scope 2.3 times slower than sending it plain. The plugin (registered
 * after this, with the same settings) compresses the rest: static files and streams.
 *
 * Never compressed: the live stream, which the route hijacks (its events must leave at once,
 * not sit in a compressor's buffer) and whose content type is excluded anyway.
 */
export function registerCompression(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    // Fastify serialises JSON answers to strings (pull pages are sent as strings already).
    if (typeof payload !== 'string') return payload;
    if (reply.hasHeader('content-encoding')) return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('application/json')) {
      return payload;
    }
    if (Buffer.byteLength(payload) < THRESHOLD_BYTES) return payload;
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    const body = await compressors[encoding](payload);
    const vary = reply.getHeader('vary');
    reply.header('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
    reply.header('content-encoding', encoding);
    reply.header('content-length', body.length);
    return body;
  });
  return app.register(compress, compressionOptions);
}

/** Brotli if the client takes it, else gzip, else nothing (RFC 9110 q-values; q=0 refuses). */
export function preferredEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const accepted = new Map(
    header.split(',').map((part) => {
      const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
      const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return [name.trim(), q === undefined ? 1 : Number(q)] as const;
    }),
  );
  const takes = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (takes('br')) return 'br';
  if (takes('gzip')) return 'gzip';
  return null;
}

const compressionOptions: FastifyCompressOptions = {
  encodings: ['br', 'gzip'],
  threshold: THRESHOLD_BYTES,
  brotliOptions,
  zlibOptions,
  // Request bodies (decision pushes, at most 4 MiB) stay plain: a compressed body would be
  // inflated past the body limit before it is checked.
  globalDecompression: false,
};
