/**
 * `npm test` runs this before the e2e tests and the bench smoke: with no system Chromium it
 * installs Playwright's own (`npx playwright install chromium`, a download; a no-op once there),
 * and with one it does nothing, so CI downloads no browser.
 */
import { spawnSync } from 'node:child_process';
import { chooseChromium } from './chromium-choice';

const choice = chooseChromium(process.env);
if (choice.kind === 'system') {
  console.log(`Chromium for the browser tests: ${choice.path}`);
} else {
  console.log(
    "No system Chromium (CHROMIUM_PATH, /usr/bin/chromium, chromium on PATH): installing Playwright's",
  );
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  process.exitCode = install.status ?? 1;
}
