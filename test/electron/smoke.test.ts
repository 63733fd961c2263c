import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Launches the built app in real Electron. The binary cannot be downloaded everywhere (CI
 * sandboxes, offline machines), so it runs only when ELECTRON_OVERRIDE_DIST_PATH names a folder
 * holding one; the `electron` package itself is never imported, since that would try a download.
 */

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const executablePath = electronExecutable(process.env['ELECTRON_OVERRIDE_DIST_PATH']);

function electronExecutable(distPath: string | undefined): string | undefined {
  if (!distPath) return undefined;
  const name =
    process.platform === 'darwin'
      ? 'Electron.app/Contents/MacOS/Electron'
      : process.platform === 'win32'
        ? 'electron.exe'
        : 'electron';
  const file = path.join(distPath, name);
  return existsSync(file) ? file : undefined;
}

if (executablePath === undefined) {
  console.warn(
    'Skipping real-Electron smoke test: no Electron binary (set ELECTRON_OVERRIDE_DIST_PATH ' +
      'to the folder holding the electron executable to run it).',
  );
}

/** The environment of a first launch: embedded store, no external one configured. */
function launchEnv(): Record<string, string> {
  const inherited = Object.entries(process.env).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  const env = Object.fromEntries(inherited);
  delete env['PRM_STORE_URL'];
  delete env['DATABASE_URL'];
  delete env['ELECTRON_RUN_AS_NODE'];
  return env;
}

describe.skipIf(executablePath === undefined)('CAM Desk in real Electron', () => {
  beforeAll(() => {
    // Always rebuild: a stale bundle would test yesterday's app.
    execFileSync('npm', ['run', 'build:desktop'], {
      cwd: projectRoot,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
  }, 300_000);

  it('opens the CAM Desk window and lists partners from the embedded store', async () => {
    if (executablePath === undefined) return;
    const { _electron } = await import('@playwright/test');
    const userData = await mkdtemp(path.join(os.tmpdir(), 'cam-desk-smoke-'));
    const electronApp = await _electron.launch({
      executablePath,
      // A fresh profile, so the run neither reads nor leaves the developer's own data.
      args: ['.', `--user-data-dir=${userData}`],
      cwd: projectRoot,
      env: launchEnv(),
    });
    try {
      const page = await electronApp.firstWindow();
      await page.getByText('Partners').first().waitFor({ state: 'visible', timeout: 60_000 });
      // The demo seed fills the table: a header row plus at least one partner.
      await page.getByRole('row').nth(1).waitFor({ state: 'visible', timeout: 60_000 });

      const title = await electronApp.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows()[0]?.getTitle(),
      );
      expect(title).toContain('CAM Desk');
      expect(await page.evaluate(() => 'camDesk' in window)).toBe(true);
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );
    } finally {
      await electronApp.close();
      await rm(userData, { recursive: true, force: true });
    }
  }, 180_000);
});
