import type { Locator, Page } from '@playwright/test';
import type { InteractionResult, ProbeConfig, ProbeWindow } from './probes';
import { installProbes } from './probes';

/**
 * Drives the built app's real screens by accessible roles and names only (what a person sees),
 * so it works on any inbox that keeps them: a list (or grid) named "Waiting for me" with one
 * row per request, a search box "Search requests", a comment box and an Approve button.
 */
export const INBOX: ProbeConfig = {
  listLabel: 'Waiting for me',
  decidedTexts: ['Waiting to be sent', 'Sending…', 'Applied'],
};
export const BENCH_USER_NAME = 'Ana García';

export async function installInboxProbes(page: Page): Promise<void> {
  // Sent as source: tsx compiles this file keeping function names, through calls to a __name
  // helper that exists only in Node; the page gets a stand-in (evaluate callbacks use it too).
  const source = installProbes.toString();
  await page.addInitScript({
    content: `globalThis.__name ??= (f) => f;\n(${source})(${JSON.stringify(INBOX)});`,
  });
}

/** Signs in through the store's development provider, as test/e2e/support/sign-in.ts does. */
export async function signIn(page: Page, appUrl: string, name = BENCH_USER_NAME) {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/oidc\/interaction\//);
  await page
    .getByRole('button', { name: new RegExp(name) })
    .first()
    .click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 60_000 });
}

export function syncStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /Online|Offline|Connecting/ });
}

/** The first sync is over once the indicator says when the territory last synced. */
export async function waitForSync(page: Page, timeoutMs: number): Promise<void> {
  await syncStatus(page).filter({ hasText: 'Last synced' }).waitFor({ timeout: timeoutMs });
}

/** Online, caught up, nothing waiting to be sent. */
export async function waitForSettled(page: Page, timeoutMs = 60_000): Promise<void> {
  await syncStatus(page)
    .filter({ hasText: 'Online' })
    .filter({ hasText: 'Last synced' })
    .filter({ hasText: 'All changes sent' })
    .waitFor({ timeout: timeoutMs });
}

export function inboxList(page: Page): Locator {
  const name = INBOX.listLabel;
  return page
    .getByRole('list', { name, exact: true })
    .or(page.getByRole('grid', { name, exact: true }))
    .or(page.getByRole('table', { name, exact: true }))
    .or(page.getByRole('listbox', { name, exact: true }));
}

export function inboxRows(page: Page): Locator {
  const list = inboxList(page);
  return list
    .getByRole('listitem')
    .or(list.getByRole('row').filter({ has: page.getByRole('gridcell') }))
    .or(list.getByRole('option'));
}

export function searchBox(page: Page): Locator {
  const name = 'Search requests';
  return page
    .getByRole('searchbox', { name })
    .or(page.getByRole('textbox', { name }))
    .or(page.getByRole('combobox', { name }));
}

/**
 * The first undecided row offering Approve, and its comment box: in the row, else (an inbox
 * that decides in a detail pane) the page's, once the row is opened.
 */
export async function decidableRow(page: Page) {
  const approve = (scope: Page | Locator) =>
    scope.getByRole('button', { name: 'Approve', exact: true });
  const undecided = inboxRows(page).filter({
    hasNotText: new RegExp(INBOX.decidedTexts.join('|')),
  });
  const inRow = undecided.filter({ has: approve(page) }).first();
  if ((await inRow.count()) > 0) {
    const row = await marked(page, inRow);
    return { row, approve: approve(row).first(), comment: commentBox(row) };
  }
  if ((await undecided.count()) === 0) return undefined;
  const row = await marked(page, undecided.first());
  await row.click();
  const button = approve(page).first();
  if ((await button.count()) === 0) return undefined;
  return { row, approve: button, comment: commentBox(page) };
}

let marks = 0;

/**
 * The row found, marked with an attribute of its own: finding it again by role, name and text
 * among thousands of rows takes Playwright seconds while the page is busy.
 */
async function marked(page: Page, row: Locator): Promise<Locator> {
  const mark = String((marks += 1));
  await row.evaluate((element, value) => {
    element.setAttribute('data-bench-row', value);
  }, mark);
  return page.locator(`[data-bench-row="${mark}"]`);
}

function commentBox(scope: Page | Locator): Locator {
  return scope.getByRole('textbox', { name: /comment/i }).first();
}

/** Waits for the armed interaction's result in the page. */
export async function interactionResult(page: Page, timeoutMs = 30_000) {
  const handle = await page.waitForFunction(
    () => (window as ProbeWindow).camInboxProbe?.result ?? null,
    null,
    { timeout: timeoutMs, polling: 50 },
  );
  // The value the probe stored (InteractionResult), returned as JSON.
  return (await handle.jsonValue()) as InteractionResult;
}

/** A time the probe records after a load: null until seen, NaN until painted. */
export async function waitForPaint(
  page: Page,
  which: 'rowsPaintedMs' | 'shellPaintedMs',
  timeoutMs: number,
): Promise<number> {
  const handle = await page.waitForFunction(
    (key) => {
      const value = (window as ProbeWindow).camInboxProbe?.[key];
      return typeof value === 'number' && !Number.isNaN(value) ? value : null;
    },
    which,
    { timeout: timeoutMs, polling: 20 },
  );
  // A number, by the predicate above.
  return (await handle.jsonValue()) as number;
}
