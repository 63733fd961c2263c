import type { FastifyCompressOptions } from '@fastify/compress';
import { constants } from 'node:zlib';

/**
 * How the store compresses what it sends (@fastify/compress), by the client's Accept-Encoding:
 * brotli, else gzip, else nothing. Pull pages are large JSON (a page of 5,000 deals is about
 * 3.9 MB) that compresses 8 to 15 times, so a first sync over a hotel network sends a tenth of the
 * bytes; brotli at quality 4 costs about 12 ms of a threadpool thread per megabyte (quality 11, zlib's
 * default, is tens of times slower). docs/benchmarks.md measures both ways.
 *
 * Not compressed: answers under 1 KiB (errors, small catch-up pages: not worth a zlib context),
 * and the live stream, which the route hijacks (its events must leave at once, not sit in a
 * compressor's buffer), and whose content type is excluded anyway.
 */
export const compressionOptions: FastifyCompressOptions = {
  encodings: ['br', 'gzip'],
  threshold: 1024,
  brotliOptions: {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: 4,
    },
  },
  zlibOptions: { level: 6 },
  // Request bodies (decision pushes, at most 4 MiB) stay plain: a compressed body would be
  // inflated past the body limit before it is checked.
  globalDecompression: false,
};
