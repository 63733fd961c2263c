import { defineConfig } from '@playwright/test';
import { e2eDatabaseUrl } from './test/e2e/support/e2e-database';
import { chromiumArgs, chromiumPath } from './test/support/chromium';

const port = Number(process.env['E2E_PORT'] ?? 8788);
export const e2eStoreUrl = `http://127.0.0.1:${port}`;

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
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The browser build served by a store on the machine's PostgreSQL, seeded with demo data.
    command: 'npm run build:web && tsx test/e2e/support/e2e-store.ts',
    url: `${e2eStoreUrl}/health`,
    env: { PRM_PORT: String(port), DATABASE_URL: e2eDatabaseUrl() },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
