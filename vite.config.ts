import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * One renderer, two shells: `--mode desktop` builds for Electron (dist/desktop), any other mode
 * for a browser (dist/web). The build picks the Platform implementation; features import
 * `renderer/platform` and never see which one.
 */
export default defineConfig(({ mode }) => {
  const shell = mode === 'desktop' ? 'electron' : 'web';
  return {
    root: 'renderer',
    base: './',
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(version) },
    resolve: {
      alias: {
        '#platform-implementation': fileURLToPath(
          new URL(`./renderer/platform/platform.${shell}.ts`, import.meta.url),
        ),
      },
    },
    build: {
      outDir: fileURLToPath(
        new URL(`./dist/${mode === 'desktop' ? 'desktop' : 'web'}`, import.meta.url),
      ),
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
    },
    server: { port: 5173, strictPort: true },
    test: {
      root: '.',
      include: ['**/*.test.ts'],
      exclude: ['node_modules/**', 'dist/**', 'test/e2e/**', '.stryker-tmp/**', 'reports/**'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  };
});
