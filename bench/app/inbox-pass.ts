import type { Page } from '@playwright/test';
import type { BrowserSession } from '../browser/browser-session';
import {
  decidableRow,
  inboxRows,
  installInboxProbes,
  interactionResult,
  searchBox,
  signIn,
  waitForPaint,
  waitForSettled,
  waitForSync,
} from './inbox-driver';
import { browserMemory, type BrowserMemory } from './memory';
import type { InteractionResult, LongTask, ProbeWindow } from './probes';

/** The app's screens, by their buttons in the header. */
const INBOX_SCREEN = 'Approvals';
const OTHER_SCREEN = 'Partners';

/** What one pass over the inbox measured; undefined where the app lacks the control. */
export type InboxPass = {
  signInToSyncedMs: number;
  /** From the click on the inbox's tab, synced, to its first rows painted (NaN: no tabs). */
  openInboxMs: number;
  /** Rows of the inbox in the DOM once synced (all of them unless the list is virtualised). */
  rowsInDom: number;
  /** The count the inbox's heading shows ("8,612 requests"), if it shows one. */
  shownCount: number | undefined;
  memory: BrowserMemory;
  /** countMs: the whole list read, as its count in the heading shows (NaN: no count shown). */
  reloads: { rowsMs: number; shellMs: number; countMs: number; longestTaskMs: number }[];
  idleLongTasks: LongTask[];
  searchKeys: InteractionResult[] | undefined;
  commentKeys: InteractionResult[] | undefined;
  decisions: InteractionResult[] | undefined;
  bulk: InteractionResult | string;
};

export type PassOptions = {
  appUrl: string;
  repeats: number;
  idleMs: number;
  bulkSize: number;
  syncTimeoutMs: number;
  log: (message: string) => void;
};

/**
 * Signs in on a new profile, waits for the first sync, then measures the inbox as a CAM uses
 * it: memory first (right after the first sync, the inbox open), reloads, idle, keystrokes,
 * decisions (each one sent and answered before the next), bulk approve last.
 */
export async function measureInboxPass(
  browser: BrowserSession,
  options: PassOptions,
): Promise<InboxPass> {
  const { page } = browser;
  const { log, repeats } = options;
  await installInboxProbes(page);
  // The measured times are taken in the page; Playwright only has to wait for a busy page.
  page.setDefaultTimeout(120_000);
  const started = performance.now();
  await signIn(page, options.appUrl);
  // The first sync runs on another screen: with the inbox open it re-renders the whole list as
  // the territory arrives, which at the large scale did not finish in 10 minutes (see
  // docs/benchmarks.md); what is measured here is the inbox once the territory is local.
  const elsewhere = page.getByRole('button', { name: OTHER_SCREEN, exact: true });
  const away = (await elsewhere.count()) > 0;
  if (away) await elsewhere.click();
  await waitForSync(page, options.syncTimeoutMs);
  const signInToSyncedMs = performance.now() - started;
  let openInboxMs = Number.NaN;
  if (away) {
    // Rows painted before the CAM left the inbox do not count: watch for them afresh.
    const clickedAt = await page.evaluate(() => {
      (window as ProbeWindow).camInboxProbe?.watchRows();
      return performance.now();
    });
    await page.getByRole('button', { name: INBOX_SCREEN, exact: true }).click();
    openInboxMs = (await waitForPaint(page, 'rowsPaintedMs', options.syncTimeoutMs)) - clickedAt;
  }
  await inboxRows(page).first().waitFor({ timeout: options.syncTimeoutMs });
  await waitForSettled(page);
  const rowsInDom = await rowCount(page);
  const shownCount = await headingCount(page);
  log(
    `inbox: synced in ${(signInToSyncedMs / 1000).toFixed(1)} s, ${String(rowsInDom)} rows, opened in ${String(Math.round(openInboxMs))} ms`,
  );
  const memory = await browserMemory(page, browser.profileDir);
  log(`inbox: memory ${JSON.stringify(memory)}`);

  const reloads = [];
  for (let attempt = 0; attempt < repeats; attempt += 1) {
    await page.reload({ waitUntil: 'commit' });
    const rowsMs = await waitForPaint(page, 'rowsPaintedMs', options.syncTimeoutMs);
    const shellMs = await waitForPaint(page, 'shellPaintedMs', options.syncTimeoutMs);
    const countMs = await countShownAt(page, options.syncTimeoutMs);
    const longestTaskMs = await page.evaluate(() =>
      Math.max(0, ...((window as ProbeWindow).camInboxProbe?.longTasks ?? []).map((t) => t.ms)),
    );
    reloads.push({ rowsMs, shellMs, countMs, longestTaskMs });
    await waitForSettled(page);
  }
  log(
    `inbox: reloads ${reloads.map((r) => `${String(Math.round(r.rowsMs))} (count ${String(Math.round(r.countMs))})`).join(', ')} ms`,
  );

  await page.evaluate(() => {
    const probe = (window as ProbeWindow).camInboxProbe;
    if (probe) probe.longTasks = [];
  });
  await page.waitForTimeout(options.idleMs);
  const idleLongTasks = await page.evaluate(
    () => (window as ProbeWindow).camInboxProbe?.longTasks ?? [],
  );
  log(`inbox: idle long tasks ${idleLongTasks.map((task) => Math.round(task.ms)).join(', ')} ms`);

  const search = searchBox(page).first();
  const searchKeys =
    (await search.count()) > 0 ? await keystrokes(page, search, repeats) : undefined;
  if (searchKeys) {
    await search.fill('');
    await inboxRows(page).first().waitFor();
  }
  const target = await decidableRow(page);
  const commentKeys = target ? await keystrokes(page, target.comment, repeats) : undefined;
  log(`inbox: search keys ${times(searchKeys)}, comment keys ${times(commentKeys)}`);

  let decisions: InteractionResult[] | undefined;
  if (target) {
    decisions = [];
    for (let attempt = 0; attempt < repeats; attempt += 1) {
      const row = await decidableRow(page);
      if (!row) break;
      await row.comment.fill('Approved in the benchmark');
      await arm(page, 'decide');
      await row.approve.click();
      decisions.push(await interactionResult(page));
      await waitForSettled(page);
    }
  }
  log(`inbox: decisions ${times(decisions)}`);
  const bulk = await bulkApprove(page, options.bulkSize);
  log(`inbox: bulk ${typeof bulk === 'string' ? bulk : times([bulk])}`);
  return {
    signInToSyncedMs,
    openInboxMs,
    rowsInDom,
    shownCount,
    memory,
    reloads,
    idleLongTasks,
    searchKeys,
    commentKeys,
    decisions,
    bulk,
  };
}

async function keystrokes(
  page: Page,
  box: ReturnType<Page['locator']>,
  repeats: number,
): Promise<InteractionResult[]> {
  await box.click();
  const results = [];
  for (const key of 'anabelgarcia'.slice(0, repeats)) {
    await arm(page, 'key');
    await page.keyboard.press(key);
    results.push(await interactionResult(page));
    await page.waitForTimeout(300);
  }
  return results;
}

async function arm(page: Page, what: 'key' | 'decide' | 'bulk') {
  await page.evaluate((kind) => {
    const probe = (window as ProbeWindow).camInboxProbe;
    if (!probe) throw new Error('The inbox probes are not installed in this page');
    if (kind === 'key') probe.armKey();
    else probe.armDecide(kind === 'bulk');
  }, what);
}

/**
 * Selects `size` rows by their checkboxes and approves them at once, if the inbox offers it:
 * a checkbox per row and a button whose name starts with "Approve" and says how many or
 * "selected". Otherwise says what is missing.
 */
async function bulkApprove(page: Page, size: number): Promise<InteractionResult | string> {
  const unchecked = inboxRows(page).filter({
    has: page.getByRole('checkbox', { checked: false }),
  });
  if ((await unchecked.count()) === 0) return 'the inbox has no checkbox per row';
  let selected = 0;
  while (selected < size && (await unchecked.count()) > 0) {
    await unchecked.first().getByRole('checkbox').first().check();
    selected += 1;
  }
  const button = page.getByRole('button', { name: /^Approve\b.*(\d|selected)/i }).first();
  if ((await button.count()) === 0) return `no "Approve selected" button after selecting rows`;
  // Timed from the click that approves: the confirmation's, if the inbox asks for one.
  await arm(page, 'bulk');
  await button.click();
  const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog')).first();
  const confirming = await dialog.waitFor({ timeout: 2000 }).then(
    () => true,
    () => false,
  );
  if (confirming) {
    await arm(page, 'bulk');
    await dialog
      .getByRole('button', { name: /^Approve\b/i })
      .first()
      .click();
  }
  const result = await interactionResult(page, 60_000);
  await waitForSettled(page, 120_000);
  // result.rows: the selected rows in the DOM (a virtualised list renders only some).
  const how = `${result.how}; ${String(selected)} selected${confirming ? ', confirmed in a dialog' : ''}`;
  return { ...result, how };
}

function times(results: readonly InteractionResult[] | undefined): string {
  return results ? `${results.map((result) => Math.round(result.ms)).join(', ')} ms` : 'n/a';
}

async function rowCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as ProbeWindow).camInboxProbe?.rowCount() ?? 0);
}

/**
 * When, since navigation start, the heading first shows the whole list's count ("8,649
 * requests"): the first rows may be painted before the list is read (a kept first page, a
 * first page read alone), and this says when the rest is. Polled every 20 ms from the page.
 */
async function countShownAt(page: Page, timeoutMs: number): Promise<number> {
  const handle = await page
    .waitForFunction(
      () => {
        const pattern = /^[\d,.]+ requests?\b/;
        for (const element of document.querySelectorAll('h2 ~ *, header *, [class*=count]')) {
          if (pattern.test(element.textContent.trim())) return performance.now();
        }
        return null;
      },
      null,
      { timeout: timeoutMs, polling: 20 },
    )
    .catch(() => null);
  // A number, by the predicate above.
  return handle ? ((await handle.jsonValue()) as number) : Number.NaN;
}

/** The count the inbox shows: "8,649 requests", or "16 of 8,649 requests" when filtered. */
async function headingCount(page: Page): Promise<number | undefined> {
  // Beside the screen's heading: other panels (a partner's figures) also count requests.
  const text = await page.evaluate(() => {
    const pattern = /^(?:[\d,.]+ of )?[\d,.]+ requests?\b/;
    for (const element of document.querySelectorAll('h2 ~ *')) {
      const words = element.textContent.trim();
      if (pattern.test(words)) return /^(?:[\d,.]+ of )?[\d,.]+/.exec(words)?.[0] ?? null;
    }
    return null;
  });
  const total = text?.split(' of ').at(-1)?.replace(/\D/g, '');
  return total ? Number(total) : undefined;
}
