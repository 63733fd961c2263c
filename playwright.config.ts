import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/support/chromium';
import { e2eStoreUrl } from './test/support/e2e-web-server';

export { e2eStoreUrl };

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: e2eStoreUrl,
    // No system Chromium (chromiumPath undefined): Playwright's own, which `npm test` installs.
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  // Chooses the run's PostgreSQL, then starts the browser build served by a store on it, seeded
  // with demo data (in place of `webServer`, which Playwright would start before this).
  globalSetup: './test/support/playwright-global-setup.ts',
});
