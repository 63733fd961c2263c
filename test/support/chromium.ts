import { chooseChromium } from './chromium-choice';

const choice = chooseChromium(process.env);

/**
 * The system Chromium for the e2e tests and the benchmark (CHROMIUM_PATH, Debian's, or `chromium`
 * on PATH), or undefined for Playwright's own browser, which `npm test` installs when there is
 * no system one (./install-chromium.ts). On CI nothing is downloaded.
 */
export const chromiumPath: string | undefined = choice.kind === 'system' ? choice.path : undefined;

/** Launch flags that work headless on these machines (no sandbox, GPU or background services). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
