import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type BenchBuild = { pageDir: string; storeScript: string };

const PAGE_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>CAM Desk benchmark</title></head>
  <body><script type="module" src="./bench.js"></script></body>
</html>
`;

/**
 * Bundles the benchmark page (the renderer's real database and sync code, minified as in a
 * production build) and the store process (like `npm run build:server`: packages external).
 * Unminified (`minify: false`) for readable CPU profiles. `outDir` must sit one level below the repository root, as dist-server/ does: the bundled
 * server finds its migrations and package.json relative to itself.
 */
export async function buildBench(outDir: string, { minify = true } = {}): Promise<BenchBuild> {
  const pageDir = path.resolve(outDir, 'page');
  const storeScript = path.resolve(outDir, 'store-process.mjs');
  await mkdir(pageDir, { recursive: true });
  await Promise.all([
    build({
      entryPoints: { bench: 'bench/page/main.ts' },
      outdir: pageDir,
      chunkNames: 'chunks/[name]-[hash]',
      splitting: true,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'chrome120',
      minify,
      logLevel: 'warning',
      // What Vite defines in a production build of the renderer.
      define: {
        'import.meta.env.DEV': 'false',
        'process.env.NODE_ENV': '"production"',
        global: 'globalThis',
      },
    }),
    build({
      entryPoints: ['bench/store/store-process.ts'],
      outfile: storeScript,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    }),
    writeFile(path.join(pageDir, 'index.html'), PAGE_HTML),
  ]);
  return { pageDir, storeScript };
}
