import { expect, test, type Page } from '@playwright/test';
import { openDatabase } from '../../server/db/open';
import type { Deal, Partner } from '../../shared/schema';
import { e2eDatabaseUrl } from './support/e2e-database';
import { signIn } from './support/sign-in';

const territoryId = 'territory-iberia-latam';

type Raw = { deals: Deal[]; partners: Partner[]; unitsPerUsd: Map<string, number> };

/** The raw records at the store, read with SQL: what the figures are checked against. */
async function rawRecords(): Promise<Raw> {
  const database = await openDatabase({ engine: 'postgres', url: e2eDatabaseUrl() });
  try {
    const docs = async <Doc>(table: string) =>
      (
        await database.query<{ doc: Doc }>(
          `SELECT doc FROM ${table} WHERE territory_id = $1 AND NOT deleted`,
          [territoryId],
        )
      ).map((row) => row.doc);
    const rates = await database.query<{ currency: string; units: string }>(
      `SELECT currency, units_per_base::text AS units FROM exchange_rates WHERE base_currency = 'USD'`,
    );
    return {
      deals: await docs<Deal>('deals'),
      partners: await docs<Partner>('partners'),
      unitsPerUsd: new Map([
        ['USD', 1],
        ...rates.map((rate) => [rate.currency, Number(rate.units)] as const),
      ]),
    };
  } finally {
    await database.close();
  }
}

/** The first day of the month eleven months back: the start of "Last 12 months". */
function twelveMonthsBack(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)).toISOString();
}

const digits = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits ?? 2;

/** Open deals of the period in `currency`: per partner and currency, converted once. */
function pipelineIn(raw: Raw, currency: string, keep: (partner: Partner) => boolean) {
  const since = twelveMonthsBack();
  const partners = new Map(raw.partners.map((partner) => [partner.id, partner]));
  const sums = new Map<string, { amount: number; currency: string }>();
  for (const deal of raw.deals) {
    const partner = partners.get(deal.partnerId);
    if (!partner || !keep(partner) || deal.registeredAt < since) continue;
    if (deal.stage === 'closed_won' || deal.stage === 'closed_lost') continue;
    const key = `${deal.partnerId}|${deal.amount.currency}`;
    const sum = sums.get(key) ?? { amount: 0, currency: deal.amount.currency };
    sum.amount += deal.amount.amountMinor;
    sums.set(key, sum);
  }
  let total = 0;
  for (const sum of sums.values()) {
    const from = raw.unitsPerUsd.get(sum.currency) ?? NaN;
    const to = raw.unitsPerUsd.get(currency) ?? NaN;
    total += Math.round((sum.amount * to * 10 ** (digits(currency) - digits(sum.currency))) / from);
  }
  return { total, groups: sums.size };
}

function registeredCount(raw: Raw, keep: (partner: Partner) => boolean) {
  const since = twelveMonthsBack();
  const kept = new Set(raw.partners.filter(keep).map((partner) => partner.id));
  return raw.deals.filter(
    (deal) =>
      kept.has(deal.partnerId) && deal.registrationStatus !== 'draft' && deal.registeredAt >= since,
  ).length;
}

const exact = async (page: Page, figure: string) =>
  Number(await page.getByTestId(`figure-${figure}`).getAttribute('data-exact'));

test('the dashboard figures match the raw records, filter and drill down', async ({ page }) => {
  const raw = await rawRecords();
  await signIn(page, 'Ana García');
  await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
  const dashboard = page.getByTestId('dashboard');
  await expect(dashboard.getByRole('heading', { name: 'Territory dashboard' })).toBeVisible();
  await expect(page.getByTestId('dashboard-partner-count')).toHaveText(
    `${raw.partners.length} partners`,
  );

  // Every partner: registrations counted in SQL rows, pipeline in the territory's EUR.
  const all = () => true;
  expect(await exact(page, 'registered')).toBe(registeredCount(raw, all));
  const euros = pipelineIn(raw, 'EUR', all);
  expect(Math.abs((await exact(page, 'pipeline')) - euros.total)).toBeLessThanOrEqual(euros.groups);
  await expect(page.getByTestId('originals-pipeline')).toContainText(/MX|COP|CLP|ARS|€|BRL/);

  // A filter: gold partners only.
  const gold = (partner: Partner) => partner.tier === 'gold';
  await page.getByRole('combobox', { name: 'Tier' }).selectOption('gold');
  const goldCount = raw.partners.filter(gold).length;
  await expect(page.getByTestId('dashboard-partner-count')).toHaveText(
    `${goldCount} partner${goldCount === 1 ? '' : 's'}`,
  );
  expect(await exact(page, 'registered')).toBe(registeredCount(raw, gold));

  // Drill down: the partners behind the registrations, their rows adding up to the figure.
  await page.getByRole('button', { name: /^Registered deals:/ }).click();
  const drill = page.getByRole('region', { name: /Behind “Registered deals”/ });
  await expect(drill.getByTestId('drill-count')).toHaveText(
    `${goldCount} partner${goldCount === 1 ? '' : 's'}`,
  );
  const rows = drill.locator('tbody tr');
  await expect(rows).toHaveCount(Math.min(goldCount, 50));
  const registeredCells = await rows.locator('td:nth-of-type(3)').allTextContents();
  const summed = registeredCells.reduce((sum, text) => sum + Number(text.replaceAll(',', '')), 0);
  expect(summed).toBe(registeredCount(raw, gold));
  for (const partner of raw.partners.filter(gold).slice(0, 5)) {
    await expect(drill.getByRole('rowheader', { name: partner.name, exact: true })).toBeVisible();
  }

  // The currency switch: the same pipeline in dollars, kept for the next visit.
  await page.getByRole('combobox', { name: 'Tier' }).selectOption('');
  await page.getByRole('combobox', { name: 'Reporting currency' }).selectOption('USD');
  const dollars = pipelineIn(raw, 'USD', all);
  await expect
    .poll(async () => Math.abs((await exact(page, 'pipeline')) - dollars.total))
    .toBeLessThanOrEqual(dollars.groups);
  await expect(page.getByTestId('figure-pipeline')).toContainText('$');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Reporting currency' })).toHaveValue('USD');
});

test('a reopen shows the figures last shown, then counts them again: no figure moves', async ({
  page,
}) => {
  await signIn(page, 'Ana García');
  await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
  const dashboard = page.getByTestId('dashboard');
  // The first sync done: the figures are those of the whole territory, not of its first pages.
  await expect(page.getByRole('banner').getByRole('status')).toContainText('Last synced');
  await expect(dashboard).toHaveAttribute('data-view', 'counted');
  const revenue = await exact(page, 'revenue');
  expect(revenue).toBeGreaterThan(0);
  const partners = await page.getByTestId('dashboard-partner-count').textContent();
  // The view is kept while the browser is idle: let it be.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        requestIdleCallback(() => setTimeout(resolve, 200), { timeout: 3000 });
      }),
  );

  // Every view the reopened page shows, from its first frame: which it was and its figures.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { dashboardViews: string[] }).dashboardViews = seen;
    new MutationObserver(() => {
      const view = document.querySelector('[data-testid="dashboard"]')?.getAttribute('data-view');
      const figure = document.querySelector('[data-testid="figure-revenue"]');
      const count = document.querySelector('[data-testid="dashboard-partner-count"]');
      if (!view || !figure) return;
      const shown = `${view} ${figure.getAttribute('data-exact') ?? ''} ${count?.textContent ?? ''}`;
      if (seen.at(-1) !== shown) seen.push(shown);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.reload();
  await expect(dashboard).toHaveAttribute('data-view', 'counted');
  const views = await page.evaluate(
    () => (window as unknown as { dashboardViews: string[] }).dashboardViews,
  );
  expect(views.length).toBeGreaterThan(0);
  for (const shown of views) expect(shown).toMatch(new RegExp(`^(kept|counted) ${revenue} `));
  expect(new Set(views.map((shown) => shown.split(' ').slice(2).join(' ')))).toEqual(
    new Set([partners]),
  );
  expect(views.at(-1)).toMatch(/^counted /);
});

test('light and dark themes', async ({ page }) => {
  await signIn(page, 'Ana García');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const canvas = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--canvas').trim(),
  );
  expect(canvas).toBe('#12161c');
  await page.getByRole('button', { name: 'Light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('screenshots in English and Spanish, light and dark', async ({ page }) => {
  await signIn(page, 'Ana García');
  await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
  await expect(page.getByTestId('figure-revenue')).toBeVisible();
  await page.getByRole('button', { name: /^Registered deals:/ }).click();
  await page.screenshot({ path: '/tmp/f-dashboard-en-light.png', fullPage: true });
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.screenshot({ path: '/tmp/f-dashboard-en-dark.png', fullPage: true });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(page.getByRole('heading', { name: 'Panel del territorio' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: /Detrás de «Oportunidades registradas»/ }),
  ).toBeVisible();
  await page.screenshot({ path: '/tmp/f-dashboard-es-dark.png', fullPage: true });
  await page.getByRole('button', { name: 'Tema claro' }).click();
  await page.screenshot({ path: '/tmp/f-dashboard-es-light.png', fullPage: true });
});
