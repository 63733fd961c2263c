import { expect, test } from '@playwright/test';
import { signIn } from './support/sign-in';

test('the first sync counts what has arrived, and says synced only once all of it has', async ({
  page,
}) => {
  // Deals are held back at the network: everything else arrives and is counted meanwhile.
  let releaseDeals: () => void = () => undefined;
  const dealsHeld = new Promise<void>((resolve) => {
    releaseDeals = resolve;
  });
  await page.route('**/sync/deals/pull*', async (route) => {
    await dealsHeld;
    await route.continue();
  });

  await signIn(page, 'Ana García');

  const status = page.getByRole('status');
  await expect(status).toContainText(/Downloading your territory: \d[\d,]* records/);
  await expect(status).not.toContainText('Last synced');

  releaseDeals();
  await expect(status).toContainText('Last synced now');
  await page.getByRole('button', { name: 'Partners' }).click();
  await page.getByRole('row', { name: /Cénit Servicios Gestionados/ }).click();
  const partner360 = page.getByRole('article', { name: /Cénit Servicios Gestionados/ });
  await expect(
    partner360.getByRole('heading', { name: /[1-9]\d* deal registrations?/ }),
  ).toBeVisible();
});
