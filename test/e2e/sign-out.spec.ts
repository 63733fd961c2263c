import { expect, test } from '@playwright/test';
import { signIn } from './support/sign-in';

test('signing out wipes the local database and asks to sign in again', async ({ page }) => {
  await signIn(page, 'Ana García');
  await page.getByRole('button', { name: 'Partners' }).click();
  await expect(page.getByText('30 partners')).toBeVisible();
  const databases = () =>
    page.evaluate(async () =>
      (await indexedDB.databases()).map((database) => database.name ?? '').filter(Boolean),
    );
  expect((await databases()).some((name) => name.includes('camdesk'))).toBe(true);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect((await databases()).filter((name) => name.includes('camdesk'))).toEqual([]);
});
