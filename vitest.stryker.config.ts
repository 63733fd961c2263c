import { defineConfig } from 'vitest/config';

/**
 * What Stryker runs for each mutant of server/sync, server/decisions and the sync routes
 * (stryker.config.mjs): only the tests that exercise them, on PGlite (in memory, no shared
 * PostgreSQL), so a run fits on two cores. The PostgreSQL variants of the same tests are left out
 * by name; the regular suite still runs them.
 */
export default defineConfig({
  test: {
    root: '.',
    include: [
      'server/sync/**/*.test.ts',
      'server/decisions/**/*.test.ts',
      'test/integration/sync-routes.test.ts',
      'test/integration/change-order.test.ts',
      'test/integration/stream-*.test.ts',
    ],
    testNamePattern: /^(?!.*\bon postgres\b)/,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
