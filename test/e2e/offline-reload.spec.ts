import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/sign-in';

const serviceWorkerFile = new URL('../../dist/web/sw.js', import.meta.url);

function waitingForMe(page: Page) {
  return page.getByRole('list', { name: 'Waiting for me' }).getByRole('listitem');
}

/** Signed in, synced, and the service worker has the app shell and controls the page. */
async function signInAndInstall(page: Page) {
  await signIn(page, 'Ana García');
  await expect(waitingForMe(page).first()).toBeVisible();
  await expect(page.getByRole('banner').getByRole('status')).toContainText('All changes sent');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('the browser build is installable: sw.js is never cached, the manifest is served as one', async ({
  request,
}) => {
  const worker = await request.get('/sw.js');
  expect(worker.ok()).toBe(true);
  expect(worker.headers()['cache-control']).toBe('no-cache');
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  expect(await manifest.json()).toMatchObject({ name: 'CAM Desk', display: 'standalone' });
});

test('a reload online reopens on the kept session and goes on syncing with the store', async ({
  page,
}) => {
  await signIn(page, 'Ana García');
  const status = page.getByRole('banner').getByRole('status');
  await expect(waitingForMe(page).first()).toBeVisible();
  await expect(status).toContainText('All changes sent');

  await page.reload();
  await expect(waitingForMe(page).first()).toBeVisible();
  // The workspace opens before the store is asked; the sync engine still has its session.
  await expect(status).toContainText('Online');
  await expect(status).toContainText('Last synced');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeHidden();
});

test('a reload offline opens the workspace from the service worker, not an error page', async ({
  page,
  context,
}) => {
  await signInAndInstall(page);
  const requestCount = await waitingForMe(page).count();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('banner').getByRole('status')).toContainText('Offline');
  await expect(waitingForMe(page)).toHaveCount(requestCount);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeHidden();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.screenshot({ path: '/tmp/h5-offline-reload.png' });

  // The store's own routes are never answered from the cache, nor by the app shell.
  const health = await page.evaluate(() =>
    fetch('/health').then(
      () => 'answered',
      () => 'network error',
    ),
  );
  expect(health).toBe('network error');
  // A navigation to one is not handed the app shell either: offline, it fails as it should.
  await expect(page.goto('/health')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});

test('a new build waits while a decision is unsent, then is offered with Reload', async ({
  page,
  context,
}) => {
  await signInAndInstall(page);
  const builtWorker = await readFile(serviceWorkerFile, 'utf8');
  try {
    const item = waitingForMe(page).first();
    await context.setOffline(true);
    // The inbox decides in its detail area, for the row opened.
    await item.click();
    await page
      .getByRole('region', { name: 'Selected request' })
      .getByRole('button', { name: 'Approve' })
      .click();
    await expect(page.getByRole('banner').getByRole('status')).toContainText(
      '1 change waiting to be sent',
    );

    // Back online, but the store refuses the push for now: the decision stays queued.
    await context.route('**/sync/decisions/push', (route) => route.abort());
    await context.setOffline(false);
    await writeFile(serviceWorkerFile, `${builtWorker}\n// a newer build\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    const banner = page.getByRole('region', { name: 'App update' });
    await expect(banner).toContainText('A new version of CAM Desk is ready');
    await expect(banner).toContainText('once your 1 change waiting to be sent has reached');
    await expect(banner.getByRole('button', { name: 'Reload' })).toBeDisabled();
    await page.screenshot({ path: '/tmp/h5-update-held.png' });
    const waitingWhileHeld = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting !== null && registration?.waiting !== undefined;
    });
    expect(waitingWhileHeld).toBe(true);

    await context.unroute('**/sync/decisions/push');
    // Dropping and restoring the connection makes the app push again at once.
    await context.setOffline(true);
    await context.setOffline(false);
    await expect(page.getByRole('banner').getByRole('status')).toContainText('All changes sent');
    const reload = banner.getByRole('button', { name: 'Reload' });
    await expect(reload).toBeEnabled();
    await page.screenshot({ path: '/tmp/h5-update-ready.png' });

    await reload.click();
    await expect(banner).toBeHidden();
    await expect(waitingForMe(page).first()).toBeVisible();
    const afterReload = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: registration?.waiting ?? null,
        controlled: !!navigator.serviceWorker.controller,
      };
    });
    expect(afterReload).toEqual({ waiting: null, controlled: true });
  } finally {
    await writeFile(serviceWorkerFile, builtWorker);
  }
});
