import { expect, type Page } from '@playwright/test';

/** Signs in through the store's development provider, picking the named user on its page. */
export async function signIn(page: Page, name: string, appUrl = '/') {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/oidc\/interaction\//);
  await page
    .getByRole('button', { name: new RegExp(name) })
    .first()
    .click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
