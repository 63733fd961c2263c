import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { VitePWA } from 'vite-plugin-pwa';
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
    // renderer/public holds the web app's icons; the desktop app's icons live in build/.
    publicDir: shell === 'web' ? 'public' : false,
    plugins: shell === 'web' ? [react(), installableWebApp()] : [react()],
    define: { __APP_VERSION__: JSON.stringify(version) },
    // Module workers (the reports' builder): the default 'iife' cannot split the worker's chunks.
    worker: { format: 'es' as const },
    resolve: {
      alias: {
        '#platform-implementation': fileURLToPath(
          new URL(`./renderer/platform/platform.${shell}.ts`, import.meta.url),
        ),
        // The desktop build gets a stand-in, so no service worker code is bundled for app://.
        '#app-update-implementation': fileURLToPath(
          new URL(`./renderer/features/app-update/app-update.${shell}.ts`, import.meta.url),
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
      exclude: [
        'node_modules/**',
        'dist/**',
        'test/e2e/**',
        '.stryker-tmp/**',
        'reports/**',
        'bench-results/**',
      ],
      // Vitest's default (cores - 1) runs one file at a time on a 2-core machine, while most
      // files spend their time waiting on PostgreSQL or a store process: two at once took the
      // unit run from 448 s to 229 s there.
      maxWorkers: Math.max(2, availableParallelism() - 1),
      testTimeout: 30_000,
      hookTimeout: 60_000,
      // Which PostgreSQL the run uses (the machine's, TEST_DATABASE_URL or an embedded one).
      globalSetup: ['test/support/vitest-global-setup.ts'],
    },
  };
});

/** The store's own routes: always the network, never the cache, never the app shell instead. */
const storeRoutes = [/^\/sync\//, /^\/auth/, /^\/oidc/, /^\/health/, /^\/openapi\.json/];

/**
 * The browser build as an installable offline app: the service worker precaches the app shell
 * and serves index.html to any navigation, so a reload offline opens the workspace. A new build
 * waits ('prompt') until the app offers it (renderer/features/app-update).
 */
function installableWebApp() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'CAM Desk',
      short_name: 'CAM Desk',
      description: 'Partner requests and performance for channel account managers, offline too',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#2457c5',
      background_color: '#f4f6f9',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      // The manifest and its icons are added by the plugin itself.
      globPatterns: ['**/*.{js,css,html,woff,woff2,svg,ico}'],
      // The app's bundle is one large chunk (see chunkSizeWarningLimit); the default 2 MiB cap
      // would leave it out of the precache and break the offline reload.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: storeRoutes,
      // No runtimeCaching: sync, sign-in and health answers are live data, not assets.
      runtimeCaching: [],
      cleanupOutdatedCaches: true,
      // The first install controls the open page at once, so it reloads offline from then on;
      // a later build still waits for the app's prompt (no skipWaiting here).
      clientsClaim: true,
    },
  });
}
