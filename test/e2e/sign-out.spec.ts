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
  // The proof-of-performance files kept offline (renderer/files) are a database of their own.
  await page.evaluate(async () => {
    const part = (await indexedDB.databases()).find((database) =>
      database.name?.startsWith('rxdb-dexie-camdesk_'),
    );
    const name = part?.name?.slice('rxdb-dexie-'.length).split('--')[0];
    if (!name) throw new Error('no local database');
    await new Promise((resolve, reject) => {
      const opening = indexedDB.open(`camdesk-files-${name}`);
      opening.onsuccess = () => {
        opening.result.close();
        resolve(null);
      };
      opening.onerror = () => {
        reject(opening.error ?? new Error('could not open'));
      };
    });
  });
  expect((await databases()).some((name) => name.startsWith('camdesk-files-'))).toBe(true);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect((await databases()).filter((name) => name.includes('camdesk'))).toEqual([]);
});
