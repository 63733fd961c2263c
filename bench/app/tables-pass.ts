import type { Page } from '@playwright/test';
import type { BrowserSession } from '../browser/browser-session';
import { signIn, waitForSettled, waitForSync } from './inbox-driver';
import {
  installTablesProbes,
  type PartnerOpened,
  type ScrollResult,
  type TablesProbeWindow,
} from './tables-probes';

const PARTNERS_SCREEN = 'Partners';
const DEALS_SCREEN = 'Deals';
const PARTNERS_TABLE = 'Partners';
const DEALS_TABLE = 'Deals';
const BACK_TO_PARTNERS = 'All partners';
/** 100 rows of 40 px a frame: 100,000 deals top to bottom in 1,000 frames (a scrollbar drag). */
const SCROLL_STEP_PX = 4000;

/** What the pass checks the deals table against: the store's own deals in the user's scope. */
export type ExpectedDeals = {
  count: number;
  /** Customers of the oldest deals: the last rows, newest first being the table's order. */
  oldestCustomers: ReadonlySet<string>;
};

export type TablesPass = {
  signInToSyncedMs: number;
  partnerOpens: (PartnerOpened & { name: string })[];
  /** From the click on the Deals tab, synced, to every deal counted in the table's toolbar. */
  dealsOpenMs: number;
  scroll: ScrollResult;
};

export type TablesPassOptions = {
  appUrl: string;
  partnerOpens: number;
  /** The scroll's frames at least (a short table is scrolled to and fro until then). */
  scrollFrames: number;
  /** Idle time after the Deals page shows every deal, before the scroll. */
  settleMs: number;
  syncTimeoutMs: number;
  expectedDeals: ExpectedDeals;
  log: (message: string) => void;
};

async function partnerOpened(page: Page, timeoutMs: number) {
  const handle = await page.waitForFunction(
    () => (window as TablesProbeWindow).camTablesProbe?.partnerOpened ?? null,
    null,
    { timeout: timeoutMs, polling: 20 },
  );
  // The probe's PartnerOpened, by the predicate above.
  return (await handle.jsonValue()) as PartnerOpened;
}

/**
 * Signs in on a new profile and syncs on the Partners screen (as the other passes do); opens
 * `partnerOpens` different partners from the Partners table, each back to the table before the
 * next; then opens the Deals screen and scrolls its table from top to bottom.
 */
export async function measureTablesPass(
  browser: BrowserSession,
  options: TablesPassOptions,
): Promise<TablesPass> {
  const { page } = browser;
  const { log, syncTimeoutMs } = options;
  const source = installTablesProbes.toString();
  await page.addInitScript({ content: `globalThis.__name ??= (f) => f;\n(${source})();` });
  page.setDefaultTimeout(120_000);
  const started = performance.now();
  await signIn(page, options.appUrl);
  await page.getByRole('button', { name: PARTNERS_SCREEN, exact: true }).click();
  await waitForSync(page, syncTimeoutMs);
  const signInToSyncedMs = performance.now() - started;
  await waitForSettled(page, syncTimeoutMs);
  log(`tables: synced in ${(signInToSyncedMs / 1000).toFixed(1)} s`);

  const partnerOpens = await openPartners(page, options);
  const { dealsOpenMs, scroll } = await scrollDeals(page, options);
  return { signInToSyncedMs, partnerOpens, dealsOpenMs, scroll };
}

async function openPartners(page: Page, options: TablesPassOptions) {
  const table = page.getByRole('table', { name: PARTNERS_TABLE, exact: true });
  const opens: TablesPass['partnerOpens'] = [];
  for (let attempt = 0; attempt < options.partnerOpens; attempt += 1) {
    // Every other row in view: a different partner each time, as a person picks them.
    const row = table.locator(`tbody tr[data-index="${String(attempt * 2)}"]`);
    const name = ((await row.locator('td').first().textContent()) ?? '').trim();
    if (!name) throw new Error(`The Partners table has no row ${String(attempt * 2)}`);
    await page.evaluate((partner) => {
      (window as TablesProbeWindow).camTablesProbe?.armPartnerOpen(partner);
    }, name);
    await row.click();
    const opened = await partnerOpened(page, 60_000);
    opens.push({ name, ...opened });
    options.log(
      `tables: ${name} opened in ${String(Math.round(opened.headingMs))} ms, every section ${String(Math.round(opened.completeMs))} ms (${String(opened.contactRows)} contact rows; ${opened.dealsHeading}, ${String(opened.dealRows)} rows rendered)`,
    );
    await page.getByRole('button', { name: BACK_TO_PARTNERS }).click();
    await table.waitFor({ state: 'visible' });
    await page.waitForTimeout(300);
  }
  return opens;
}

async function scrollDeals(page: Page, options: TablesPassOptions) {
  const { expectedDeals, log } = options;
  const shownAll = new RegExp(
    `^Showing ${expectedDeals.count.toLocaleString('en-US')} of ${expectedDeals.count.toLocaleString('en-US')}$`,
  );
  const clickedAt = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: DEALS_SCREEN, exact: true }).click();
  await page.getByText(shownAll).waitFor({ timeout: options.syncTimeoutMs });
  await page
    .getByRole('table', { name: DEALS_TABLE, exact: true })
    .locator('tbody tr[data-index]')
    .first()
    .waitFor();
  const dealsOpenMs = (await page.evaluate(() => performance.now())) - clickedAt;
  log(
    `tables: Deals shows ${String(expectedDeals.count)} deals after ${String(Math.round(dealsOpenMs))} ms`,
  );
  // Let the opening's work (and the first sync's last catch-up) finish before scrolling.
  await page.waitForTimeout(options.settleMs);
  const scroll = await page.evaluate(
    (scrollOptions) => {
      const probe = (window as TablesProbeWindow).camTablesProbe;
      if (!probe) throw new Error('The tables probe is not installed');
      return probe.scroll(scrollOptions);
    },
    { label: DEALS_TABLE, stepPx: SCROLL_STEP_PX, minFrames: options.scrollFrames },
  );
  log(
    `tables: scrolled ${String(scroll.frames.length)} frames, worst ${String(Math.round(Math.max(...scroll.frames)))} ms, at most ${String(scroll.mostRowsInDom)} rows in the DOM, last row ${String(scroll.lastRowIndex)} "${scroll.lastRowText}"`,
  );
  checkScroll(scroll, expectedDeals);
  return { dealsOpenMs, scroll };
}

/** A scroll that rendered nothing, or not every deal, measured nothing: the pass fails. */
function checkScroll(scroll: ScrollResult, expected: ExpectedDeals) {
  const problems: string[] = [];
  if (scroll.rowCount !== expected.count) {
    problems.push(`the table has ${String(scroll.rowCount)} rows, not ${String(expected.count)}`);
  }
  if (scroll.lastRowIndex !== expected.count - 1) {
    problems.push(`the last row rendered is ${String(scroll.lastRowIndex)}`);
  }
  if (!expected.oldestCustomers.has(scroll.lastRowText)) {
    problems.push(`the last row shows "${scroll.lastRowText}", not the oldest deal's customer`);
  }
  if (scroll.mostRowsInDom > 200 || scroll.mostRowsInDom === 0) {
    problems.push(`the body held ${String(scroll.mostRowsInDom)} rows at once`);
  }
  // A frame may begin before the rows of a long jump are in; nearly all must show rows.
  if (scroll.framesWithRowInView < scroll.frames.length * 0.9) {
    problems.push(
      `only ${String(scroll.framesWithRowInView)} of ${String(scroll.frames.length)} frames showed a row`,
    );
  }
  if (problems.length > 0)
    throw new Error(`The deals scroll measured nothing: ${problems.join('; ')}`);
}
