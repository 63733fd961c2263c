import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Partner } from '../../shared/schema';
import { PROTOCOL_VERSION_HEADER, type PullResponse } from '../../shared/sync/protocol';

const protocol = { [PROTOCOL_VERSION_HEADER]: '1' };

/** Reads a partner from the central store the way any client would. */
async function storedPartner(request: APIRequestContext, name: string) {
  const response = await request.get('/sync/partners/pull?limit=1000', { headers: protocol });
  const { documents } = (await response.json()) as PullResponse<Partner>;
  const partner = documents.find((document) => document.name === name);
  if (!partner) throw new Error(`No partner named ${name} in the store`);
  return partner;
}

/** A change made at the central store by someone else (another client's push). */
async function renameAtStore(request: APIRequestContext, from: string, to: string) {
  const current = await storedPartner(request, from);
  const response = await request.post('/sync/partners/push', {
    headers: protocol,
    data: [{ assumedMasterState: current, newDocumentState: { ...current, name: to } }],
  });
  expect(await response.json()).toEqual([]);
}

test('partners from the central store appear, with the sync state', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('60 partners')).toBeVisible();
  const table = page.getByRole('table', { name: 'Partners' });
  await expect(table.getByRole('row', { name: /Altamira/ }).first()).toBeVisible();
  const status = page.getByRole('status');
  await expect(status).toContainText('Online');
  await expect(status).toContainText('Last synced now');
  await expect(status).toContainText('All changes sent');
});

test('a change at the store appears live while online', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByText('60 partners')).toBeVisible();
  await renameAtStore(request, 'Granite Systems', 'Granite Systems Group');
  await expect(page.getByRole('cell', { name: 'Granite Systems Group' })).toBeVisible();
});

test('going offline shows offline; a change made meanwhile arrives after reconnecting', async ({
  page,
  context,
  request,
}) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toContainText('Online');
  await expect(page.getByText('60 partners')).toBeVisible();

  await context.setOffline(true);
  await expect(page.getByRole('status')).toContainText('Offline');
  // The local database still answers while offline.
  await page.getByRole('searchbox', { name: 'Search partners' }).fill('Summit');
  await expect(page.getByRole('cell', { name: /^Summit/ }).first()).toBeVisible();

  await renameAtStore(request, 'Lumen Networks', 'Lumen Networks International');
  await page.getByRole('searchbox', { name: 'Search partners' }).fill('Lumen');
  await expect(page.getByRole('cell', { name: 'Lumen Networks', exact: true })).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole('status')).toContainText('Online');
  await expect(page.getByRole('cell', { name: 'Lumen Networks International' })).toBeVisible();
});

test('the interface speaks Spanish, with dates and money through Intl', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('60 partners')).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(page.getByRole('heading', { name: 'Partners' })).toBeVisible();
  await expect(page.getByText('60 partners')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('En línea');
  await expect(page.getByRole('columnheader', { name: 'Ingresos del año' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /\d+,\d{2}\s€/ }).first()).toBeVisible();
});
