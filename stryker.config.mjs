// @ts-check
/**
 * Mutation testing of the rules that decide what a client sees and what a decision does:
 * `npm run test:mutation` (slow: not part of `npm test` or CI). Results: docs/mutation-testing.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  mutate: [
    'server/sync/**/*.ts',
    'server/decisions/**/*.ts',
    'server/routes/sync.ts',
    '!**/*.test.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants in module-level values (constants, SQL built at import) would each rerun every test.
  ignoreStatic: true,
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
