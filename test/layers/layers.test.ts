import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The layer rules are plain import rules, so the probes are linted without type information:
 * a virtual file needs no project then, and the lint takes a second instead of opening every
 * layer's program.
 */
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked },
});

async function importErrors(filePath: string, specifier: string) {
  const [result] = await eslint.lintText(`import '${specifier}';\n`, {
    filePath: path.join(root, filePath),
  });
  return (result?.messages ?? []).map(
    (message) => `${message.ruleId ?? 'parse'}: ${message.message}`,
  );
}

describe('imports across layers', () => {
  it.each([
    ['renderer/db/probe.ts', '../../server/db/open', 'renderer/ may not import server/'],
    ['renderer/features/approvals/Probe.tsx', '../../../electron/ipc', 'electron/'],
    ['renderer/probe.ts', 'node:fs', 'no Node there'],
    ['renderer/sync/probe.ts', 'fs/promises', 'no Node there'],
    ['renderer/auth/probe.test.ts', '../../electron/sign-in/desktop-auth', 'electron/'],
    ['shared/schema/probe.ts', 'node:fs', 'shared/ runs in the page and in Node'],
    ['shared/schema/probe.ts', 'rxdb', 'shared/ runs in the page and in Node'],
    ['shared/schema/probe.ts', '../../renderer/db/database', 'outside shared/'],
    ['shared/probe.ts', '../test/support/auth', 'outside shared/'],
    ['electron/probe.ts', '../renderer/platform', 'electron/ may not import renderer/'],
    ['electron/sign-in/probe.ts', '../../renderer/auth/web-auth', 'renderer/'],
    ['server/routes/probe.ts', '../../renderer/db/database', 'server/ may not import renderer/'],
    ['server/probe.ts', '../electron/ipc', 'electron/'],
  ])('%s importing %s is refused', async (file, specifier, reason) => {
    const errors = await importErrors(file, specifier);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('no-restricted-imports');
    expect(errors[0]).toContain(reason);
  });

  it.each([
    ['renderer/db/probe.ts', '../../shared/schema'],
    ['renderer/features/approvals/Probe.tsx', '../../db/database'],
    ['shared/sync/probe.ts', '../schema'],
    ['electron/probe.ts', '../server/db/open'],
    ['electron/probe.ts', 'node:path'],
    // The renderer's unit tests run in Node under Vitest.
    ['renderer/db/probe.test.ts', 'node:fs'],
    ['renderer/auth/probe.test.ts', '../../test/support/fake-issuer'],
    ['server/routes/probe.ts', '../../shared/api/errors'],
    ['test/integration/probe.ts', '../../renderer/db/database'],
    ['bench/page/probe.ts', '../../renderer/sync/sync-engine'],
  ])('%s importing %s is allowed', async (file, specifier) => {
    expect(await importErrors(file, specifier)).toEqual([]);
  });
});

/** Lib and type files parsed once for every probe (parsing them is most of a probe's cost). */
const parsedFiles = new Map<string, ts.SourceFile | undefined>();

/** Type errors of `code` as a file in `folder`, compiled under that folder's tsconfig.json. */
function typeErrors(folder: string, code: string) {
  const configPath = path.join(root, folder, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!config) throw new Error(`${configPath} did not parse`);
  const probe = path.join(root, folder, 'layer-probe.ts');
  const host = ts.createCompilerHost(config.options);
  const readSource = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) => {
    if (path.resolve(fileName) === probe) return ts.createSourceFile(fileName, code, language);
    if (!parsedFiles.has(fileName))
      parsedFiles.set(fileName, readSource(fileName, language, ...rest));
    return parsedFiles.get(fileName);
  };
  host.fileExists = (fileName) => path.resolve(fileName) === probe || ts.sys.fileExists(fileName);
  // Only the probe is a root, so the check costs the layer's lib and types, not its code.
  const program = ts.createProgram({ rootNames: [probe], options: config.options, host });
  const sourceFile = program.getSourceFile(probe);
  if (!sourceFile) throw new Error('the probe did not load');
  return [...program.getSemanticDiagnostics(sourceFile), ...program.getGlobalDiagnostics()].map(
    (diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
  );
}

describe("each layer's globals", () => {
  it.each([
    ['shared', 'export const href = window.location.href;', "Cannot find name 'window'"],
    ['shared', 'export const home = process.env.HOME;', "Cannot find name 'process'"],
    ['server', 'export const href = window.location.href;', "Cannot find name 'window'"],
    ['electron', 'export const title = document.title;', "Cannot find name 'document'"],
    ['renderer', 'export const home = process.env.HOME;', "Cannot find name 'process'"],
    [
      'renderer',
      "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;",
      "Cannot find name 'node:fs'",
    ],
  ])('%s: %s is a type error', (folder, code, error) => {
    expect(typeErrors(folder, code).join('\n')).toContain(error);
  });

  it.each([
    ['shared', 'export const sorted = [3, 1].toSorted((a, b) => a - b);'],
    [
      'server',
      "import { homedir } from 'node:os';\nexport const home = process.env.HOME ?? homedir();",
    ],
    ['electron', 'export const platform = process.platform;'],
    ['renderer', 'export const href = window.location.href + import.meta.env.MODE;'],
  ])('%s: %s compiles', (folder, code) => {
    expect(typeErrors(folder, code)).toEqual([]);
  });
});
