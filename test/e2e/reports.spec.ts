import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { signIn } from './support/sign-in';

/** Signed in, synced, and the service worker controls the page, so the worker loads offline. */
async function signInOffline(page: Page, setOffline: (offline: boolean) => Promise<void>) {
  await signIn(page, 'Ana García');
  await expect(page.getByRole('banner').getByRole('status')).toContainText('All changes sent');
  // Offline before the first sync has finished would leave nothing local to report on.
  await expect(page.getByRole('banner').getByRole('status')).not.toContainText('Not synced yet', {
    timeout: 30_000,
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await setOffline(true);
  await expect(page.getByRole('banner').getByRole('status')).toContainText('Offline');
}

async function openReports(page: Page) {
  await page.getByRole('button', { name: 'Reports', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Territory reports' })).toBeVisible();
}

async function exportAs(page: Page, format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  const path = await file.path();
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toHaveText(
    `Saved ${file.suggestedFilename()}`,
  );
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test('Ana exports her territory offline: the XLSX revenue is the dashboard’s, the CSV deals add up', async ({
  page,
  context,
}) => {
  await signInOffline(page, (offline) => context.setOffline(offline));

  // The dashboard's revenue and pipeline for the last 12 months (its default), minor units.
  await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
  await expect(page.getByTestId('dashboard-partner-count')).toBeVisible();
  const exact = async (figure: string) =>
    Number(await page.getByTestId(`figure-${figure}`).getAttribute('data-exact'));
  await expect.poll(() => exact('pipeline')).toBeGreaterThan(0);
  const revenueMinor = await exact('revenue');
  const pipelineMinor = await exact('pipeline');

  await openReports(page);
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveValue('last_12_months');
  await expect(page.getByRole('radio', { name: 'My territories' })).toBeChecked();
  const xlsx = await exportAs(page, /XLSX/);
  expect(xlsx.name).toMatch(/\.xlsx$/);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
  const summary = workbook.getWorksheet('Summary');
  const amounts = new Map<string, number>();
  summary?.eachRow((row) => {
    amounts.set(row.getCell(1).text, Number(row.getCell(2).value));
  });
  expect(amounts.get('Revenue')).toBeCloseTo(revenueMinor / 100, 2);
  expect(amounts.get('Pipeline')).toBeCloseTo(pipelineMinor / 100, 2);

  // The deals file's rows in the CSV zip add up to its totals row.
  const csv = await exportAs(page, /CSV/);
  expect(csv.name).toMatch(/-csv\.zip$/);
  const files = unzipSync(new Uint8Array(csv.bytes));
  const dealsName = Object.keys(files).find((name) => name.endsWith('-deals.csv'));
  const dealsBytes = dealsName ? files[dealsName] : undefined;
  expect(dealsBytes).toBeDefined();
  const records: string[][] = parse(Buffer.from(dealsBytes ?? new Uint8Array()), { bom: true });
  const [header, ...rest] = records;
  const amountColumn = header?.indexOf('Amount') ?? -1;
  expect(amountColumn).toBeGreaterThan(-1);
  const totalsRow = rest.at(-1);
  const dealRows = rest.slice(0, -1);
  expect(dealRows.length).toBeGreaterThan(0);
  const summed = dealRows.reduce(
    (sum, row) => sum + Math.round(Number(row[amountColumn]) * 100),
    0,
  );
  expect(Math.round(Number(totalsRow?.[amountColumn]) * 100)).toBe(summed);

  // The workbook's deals sheet holds the same rows: its values add up to the CSV's total, and
  // its totals row is a SUM over them whose stored result is that total too.
  const dealsSheet = workbook.getWorksheet('Deals and registrations');
  expect(dealsSheet).toBeDefined();
  const sheetHeader = (dealsSheet?.getRow(1).values ?? []) as unknown[];
  const amountCell = sheetHeader.indexOf('Amount');
  expect(amountCell).toBeGreaterThan(0);
  const lastRow = dealsSheet?.rowCount ?? 0;
  expect(lastRow - 2).toBe(dealRows.length);
  let sheetSum = 0;
  for (let index = 2; index < lastRow; index += 1) {
    sheetSum += Math.round(Number(dealsSheet?.getRow(index).getCell(amountCell).value) * 100);
  }
  expect(sheetSum).toBe(summed);
  const totalCell = dealsSheet?.getRow(lastRow).getCell(amountCell).value as
    { formula: string; result: number } | undefined;
  expect(totalCell?.formula).toMatch(/^SUM\([A-Z]+2:[A-Z]+\d+\)$/);
  expect(Math.round((totalCell?.result ?? Number.NaN) * 100)).toBe(summed);
});

test('Cancel during an export leaves no download and the page usable', async ({
  page,
  context,
}) => {
  await signInOffline(page, (offline) => context.setOffline(offline));
  await openReports(page);
  await page.getByRole('radio', { name: /XLSX/ }).check();
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Export cancelled' })).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeHidden();
  // Long enough for a worker that was not stopped to have finished and saved.
  await page.waitForTimeout(3000);
  expect(downloads).toEqual([]);

  // A new export after the cancel works (a fresh worker).
  await page.getByRole('radio', { name: 'Chosen partners' }).check();
  await page.getByRole('searchbox', { name: 'Search partners' }).fill('a');
  await page.getByRole('list', { name: 'Partners' }).getByRole('checkbox').first().check();
  await expect(page.getByText('1 partner chosen')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
});
