import js from '@eslint/js';
import { builtinModules } from 'node:module';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node's built-in modules, by either name. */
const nodeBuiltins = [
  'node:*',
  ...builtinModules.filter((name) => !name.startsWith('_')).flatMap((name) => [name, `${name}/*`]),
];

/**
 * What each layer may not import (architecture.md): the top-level folders it may not reach, and
 * packages. shared/ is imported by all and imports nothing outside itself; Electron boots the
 * embedded store, so it may import server/. bench/, test/ and scripts/ import any layer.
 * The renderer's unit tests run in Node under Vitest (renderer/tsconfig.test.json), so they may
 * use Node's modules, but not another layer.
 *
 * @typedef {{ group: string[]; message: string }} PackageRule
 * @typedef {{ folders: 'any' | string[]; why: string; packages: PackageRule[] }} LayerRules
 * @type {Record<string, LayerRules & { testsRunInNode?: boolean }>}
 */
const layers = {
  shared: {
    folders: 'any',
    why: 'shared/ is pure TypeScript imported by every layer',
    packages: [
      {
        group: [...nodeBuiltins, 'electron', 'react', 'react-*', 'rxdb', 'rxdb/*', 'dexie'],
        message: 'shared/ runs in the page and in Node alike: the language only, no platform.',
      },
    ],
  },
  renderer: {
    folders: ['server', 'electron'],
    why: 'the renderer reaches the store over HTTP and the shell through Platform',
    packages: [
      {
        group: nodeBuiltins,
        message: 'the renderer runs in a page (no Node there): go through Platform or the store.',
      },
    ],
    testsRunInNode: true,
  },
  server: {
    folders: ['renderer', 'electron'],
    why: 'the store runs without the UI or the shell',
    packages: [],
  },
  electron: {
    folders: ['renderer'],
    why: 'the shell talks to the UI only through typed IPC',
    packages: [],
  },
};

/**
 * A relative import leaves the layer when it climbs more folders than the file sits deep in it,
 * so the rule is written once per depth: a file `depth` folders below `renderer/` reaches the
 * top-level `server/` as `../` × (depth + 1) then `server`. Matching the whole climb (not any
 * folder named `server`) keeps folders of that name inside a layer legal.
 *
 * @returns {import('eslint').Linter.Config[]}
 */
function layerBoundaries() {
  return Object.entries(layers).flatMap(([layer, { folders, why, packages, testsRunInNode }]) =>
    Array.from({ length: 8 }, (_, depth) => {
      const path = `${layer}/${'*/'.repeat(depth)}*`;
      const leaving =
        folders === 'any' ? 'outside shared/' : folders.map((folder) => `${folder}/`).join(' or ');
      const target = folders === 'any' ? '' : `(${folders.join('|')})(/|$)`;
      const climb = {
        regex: `^(\\.\\./){${String(depth + 1)}}${target}`,
        message: `${layer}/ may not import ${leaving}: ${why}.`,
      };
      /** @param {PackageRule[]} patterns @returns {import('eslint').Linter.Config} */
      const restrict = (patterns) => ({
        rules: { 'no-restricted-imports': ['error', { patterns: [climb, ...patterns] }] },
      });
      const tests = `${path}.test.{ts,tsx}`;
      return testsRunInNode
        ? [
            { files: [`${path}.{ts,tsx,js}`], ignores: [tests], ...restrict(packages) },
            { files: [tests], ...restrict([]) },
          ]
        : [{ files: [`${path}.{ts,tsx,js}`], ...restrict(packages) }];
    }).flat(),
  );
}

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-electron',
      'dist-server',
      'release',
      '.data',
      'bench-results',
      'test-results',
      'playwright-report',
      'renderer/sync/generated', // TypeBox's generated checks: scripts/generate-answer-validators.ts
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // `const { _deleted, ...document } = row` is how a field is dropped from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Fastify plugins and route handlers are async by contract even when they await nothing.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Globals by where the code runs: shared/ gets none, the page's code the browser's, the rest
  // Node's; code that hands callbacks to page.evaluate (bench runner, e2e) gets both.
  {
    files: ['renderer/**', 'bench/**', 'test/e2e/**', 'test/electron/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['server/**', 'electron/**', 'scripts/**', 'test/**', 'bench/**', '*.{js,ts}'],
    ignores: ['bench/page/**'],
    languageOptions: { globals: globals.node },
  },
  ...layerBoundaries(),
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
