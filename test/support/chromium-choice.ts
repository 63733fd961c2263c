import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/** Debian's Chromium (CI installs it, see .ci/run). */
export const debianChromium = '/usr/bin/chromium';

export type ChromiumChoice =
  | { kind: 'system'; path: string }
  /** No system Chromium: Playwright's own, which `npm test` installs (install-chromium.ts). */
  | { kind: 'playwright' };

/**
 * Which Chromium the e2e tests and the bench run: CHROMIUM_PATH when set (it must be there: a
 * wrong path fails rather than testing another browser), else Debian's, else `chromium` on
 * PATH, else Playwright's own.
 */
export function chooseChromium(
  env: NodeJS.ProcessEnv,
  isExecutable: (file: string) => boolean = isExecutableFile,
): ChromiumChoice {
  const configured = env['CHROMIUM_PATH'];
  if (configured) {
    if (isExecutable(configured)) return { kind: 'system', path: configured };
    throw new Error(
      `CHROMIUM_PATH is ${configured} but no executable is there. ` +
        "Correct it, or unset it to use the system's Chromium or Playwright's own.",
    );
  }
  if (isExecutable(debianChromium)) return { kind: 'system', path: debianChromium };
  for (const folder of (env['PATH'] ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(folder, 'chromium');
    if (isExecutable(candidate)) return { kind: 'system', path: candidate };
  }
  return { kind: 'playwright' };
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
