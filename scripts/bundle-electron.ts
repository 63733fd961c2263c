import { build } from 'esbuild';

/**
 * Bundles the Electron main process and preload into dist-electron/, where package.json's
 * "main" points. The main bundle keeps node_modules external (PGlite must find its .wasm
 * beside its own files; electron-builder ships production dependencies), while the sandboxed
 * preload gets everything but `electron` inlined because it cannot load other files.
 */
const started = performance.now();

const [main, preload] = await Promise.all([
  build({
    entryPoints: ['electron/main.ts'],
    outfile: 'dist-electron/main.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  }),
  build({
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist-electron/preload.cjs',
    bundle: true,
    // A sandboxed preload has no Node built-ins: the browser platform makes importing one fail here.
    platform: 'browser',
    format: 'cjs',
    target: 'es2023',
    external: ['electron'],
    // shared/platform/ipc.ts brings TypeBox's schema builders along; minifying keeps start-up lean.
    minify: true,
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  }),
]);

const sizes = [main, preload].flatMap((result) =>
  Object.entries(result.metafile.outputs)
    .filter(([file]) => !file.endsWith('.map'))
    .map(([file, output]) => `${file} ${(output.bytes / 1024).toFixed(1)} kB`),
);
console.log(
  `Bundled Electron: ${sizes.join(', ')} in ${Math.round(performance.now() - started)} ms`,
);
