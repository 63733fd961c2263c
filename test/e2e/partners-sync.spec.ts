import { expect, test } from '@playwright/test';
import { signIn } from './support/sign-in';
import { withStore } from './support/store';

/** A change made at the central store by someone else (the store's own write). */
async function renameAtStore(id: string, name: string) {
  await withStore(async ({ partners }) => {
    const partner = await partners.get(id);
    if (!partner) throw new Error(`no partner ${id}`);
    await partners.put([{ ...partner, name }]);
  });
}

test.beforeEach(async ({ page }) => {
  await signIn(page, 'Ana García');
  await page.getByRole('button', { name: 'Partners', exact: true }).click();
});

test('the signed-in CAM sees her territory’s partners, and no one else’s', async ({ page }) => {
  await expect(page.getByText('30 partners')).toBeVisible();
  const table = page.getByRole('table', { name: 'Partners' });
  await expect(table.getByRole('row', { name: /Cénit Servicios Gestionados/ })).toBeVisible();
  // In the reader's alphabetical order, accents included: Ceiba, Cénit, Costa.
  const names = await table.locator('tbody tr td:first-child').allTextContents();
  const ceiba = names.findIndex((name) => name.startsWith('Ceiba'));
  expect(names.slice(ceiba, ceiba + 3).map((name) => name.split(' ')[0])).toEqual([
    'Ceiba',
    'Cénit',
    'Costa',
  ]);
  await page.getByRole('searchbox', { name: 'Search partners' }).fill('Vista Advisors');
  await expect(page.getByText('Nothing matches “Vista Advisors”')).toBeVisible();
  const status = page.getByRole('status');
  await expect(status).toContainText('Online');
  await expect(status).toContainText('Last synced now');
  await expect(status).toContainText('All changes sent');
});

test('tiers sort by rank, registered up to platinum', async ({ page }) => {
  const table = page.getByRole('table', { name: 'Partners' });
  const tiers = () => table.locator('tbody tr td:nth-child(3)').allTextContents();
  await table.getByRole('button', { name: 'Tier' }).click();
  expect((await tiers())[0]).toBe('Registered');
  await table.getByRole('button', { name: 'Tier' }).click();
  const descending = await tiers();
  expect(descending[0]).toBe('Platinum');
  // Gold comes after every platinum partner, before silver.
  const ranks = descending.map((tier) =>
    ['Platinum', 'Gold', 'Silver', 'Registered'].indexOf(tier),
  );
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
});

test('a partner opens with its deals, requests, funds and revenue', async ({ page }) => {
  await page.getByRole('row', { name: /Cénit Servicios Gestionados/ }).click();
  const view = page.getByRole('article', { name: /Cénit Servicios Gestionados/ });
  await expect(view.getByRole('heading', { name: 'Agreements' })).toBeVisible();
  await expect(view.getByRole('heading', { name: /\d+ requests?$/ })).toBeVisible();
  await expect(view.getByRole('heading', { name: /\d+ contacts?$/ })).toBeVisible();
  await expect(view.locator('.recharts-line-curve').first()).toBeVisible();
});

test('a change at the store appears live while online', async ({ page }) => {
  await expect(page.getByText('30 partners')).toBeVisible();
  await renameAtStore('partner-0002', 'Distribuidora Sierra Madre Grupo');
  await expect(page.getByRole('cell', { name: 'Distribuidora Sierra Madre Grupo' })).toBeVisible();
});

test('going offline shows offline; a change made meanwhile arrives after reconnecting', async ({
  page,
  context,
}) => {
  await expect(page.getByRole('status')).toContainText('Online');
  await expect(page.getByText('30 partners')).toBeVisible();

  await context.setOffline(true);
  await expect(page.getByRole('status')).toContainText('Offline');
  await renameAtStore('partner-0004', 'Grupo Rioverde Internacional');
  await page.getByRole('searchbox', { name: 'Search partners' }).fill('Rioverde');
  // The local database still answers while offline, with what it had.
  await expect(page.getByRole('cell', { name: /^Grupo Rioverde S\. de R\.L\./ })).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole('status')).toContainText('Online');
  await expect(page.getByRole('cell', { name: 'Grupo Rioverde Internacional' })).toBeVisible();
});

test('the interface speaks Spanish, with dates and money through Intl', async ({ page }) => {
  await expect(page.getByText('30 partners')).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(page.getByRole('status')).toContainText('En línea');
  await expect(page.getByRole('columnheader', { name: 'Ingresos del año' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /\d+,\d{2}\s(€|MXN|ARS)/ }).first()).toBeVisible();
});
