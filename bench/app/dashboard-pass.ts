import type { Page } from '@playwright/test';
import type { BrowserSession } from '../browser/browser-session';
import { installDashboardProbes, type DashboardProbeWindow } from './dashboard-probes';
import { signIn, waitForSettled, waitForSync } from './inbox-driver';
import { browserMemory, type BrowserMemory } from './memory';

const DASHBOARD_SCREEN = 'Dashboard';
const OTHER_SCREEN = 'Partners';

export type DashboardPass = {
  signInToSyncedMs: number;
  /** From the click on the Dashboard tab, synced, to its figures painted. */
  openMs: number;
  /** Reload (the app reopens on the dashboard) → figures painted, since navigation start. */
  reopens: number[];
  /** A filter changed (tier, then back to all) → the new partner count painted. */
  filters: number[];
  memory: BrowserMemory;
  partnersShown: string;
};

export type DashboardPassOptions = {
  appUrl: string;
  repeats: number;
  syncTimeoutMs: number;
  log: (message: string) => void;
};

async function probeValue(page: Page, key: 'figuresPaintedMs' | 'filterMs', timeoutMs: number) {
  const handle = await page.waitForFunction(
    (which) => {
      const value = (window as DashboardProbeWindow).camDashboardProbe?.[which];
      return typeof value === 'number' ? value : null;
    },
    key,
    { timeout: timeoutMs, polling: 20 },
  );
  // A number, by the predicate above.
  return (await handle.jsonValue()) as number;
}

/**
 * Signs in on a new profile, syncs on another screen (as the inbox pass does), opens the
 * dashboard, measures memory with it open, then reopens the app (it returns to the dashboard)
 * and changes a filter, `repeats` times each.
 */
export async function measureDashboardPass(
  browser: BrowserSession,
  options: DashboardPassOptions,
): Promise<DashboardPass> {
  const { page } = browser;
  const { log, repeats, syncTimeoutMs } = options;
  const source = installDashboardProbes.toString();
  await page.addInitScript({ content: `globalThis.__name ??= (f) => f;\n(${source})();` });
  page.setDefaultTimeout(120_000);
  const started = performance.now();
  await signIn(page, options.appUrl);
  await page.getByRole('button', { name: OTHER_SCREEN, exact: true }).click();
  await waitForSync(page, syncTimeoutMs);
  const signInToSyncedMs = performance.now() - started;
  await waitForSettled(page, syncTimeoutMs);
  const clickedAt = await page.evaluate(() => {
    (window as DashboardProbeWindow).camDashboardProbe?.watchFigures();
    return performance.now();
  });
  await page.getByRole('button', { name: DASHBOARD_SCREEN, exact: true }).click();
  const openMs = (await probeValue(page, 'figuresPaintedMs', syncTimeoutMs)) - clickedAt;
  const partnersShown = (await page.getByTestId('dashboard-partner-count').textContent()) ?? '';
  log(
    `dashboard: synced in ${(signInToSyncedMs / 1000).toFixed(1)} s, opened in ${String(Math.round(openMs))} ms (${partnersShown})`,
  );
  const memory = await browserMemory(page, browser.profileDir);
  log(`dashboard: memory ${JSON.stringify(memory)}`);

  const reopens: number[] = [];
  for (let attempt = 0; attempt < repeats; attempt += 1) {
    await page.reload({ waitUntil: 'commit' });
    reopens.push(await probeValue(page, 'figuresPaintedMs', syncTimeoutMs));
    await waitForSettled(page, syncTimeoutMs);
  }
  log(`dashboard: reopens ${reopens.map((ms) => String(Math.round(ms))).join(', ')} ms`);

  const filters: number[] = [];
  const tier = page.getByRole('combobox', { name: 'Tier' });
  for (let attempt = 0; attempt < repeats * 2; attempt += 1) {
    await page.evaluate(() => {
      (window as DashboardProbeWindow).camDashboardProbe?.armFilter();
    });
    await tier.selectOption(attempt % 2 === 0 ? 'gold' : '');
    filters.push(await probeValue(page, 'filterMs', 30_000));
    await page.waitForTimeout(300);
  }
  log(`dashboard: filters ${filters.map((ms) => String(Math.round(ms))).join(', ')} ms`);
  return { signInToSyncedMs, openMs, reopens, filters, memory, partnersShown };
}
