import { expect, test, type Page } from '@playwright/test';
import type { Request } from '../../shared/schema';
import { signIn } from './support/sign-in';
import { withStore } from './support/store';
import { startStoreProcess, type StoreProcess } from './support/store-process';
import { requestsWaitingFor } from './support/waiting-requests';

/**
 * A CAM's travelling day, against a store of the test's own so it can be killed and restarted:
 * sign in and sync; go offline; close and reopen the app (served by the service worker); decide
 * 20 requests, one with a double click and one with text the store refuses; try to sign out and
 * stay; reconnect while the store restarts; 19 decisions reach the store, the refused one is
 * explained, and the store holds exactly those.
 */
const port = Number(process.env['E2E_TRAVEL_PORT'] ?? 8796);
const schema = 'e2e_travelling_day';
let store: StoreProcess;

test.beforeAll(async () => {
  store = await startStoreProcess(port, schema);
});
test.afterAll(async () => {
  await store.stop();
});

/** Requests waiting for Ana at a CAM step, each with a title of its own. */
async function waitingForAna(count: number): Promise<Request[]> {
  const waiting = await requestsWaitingFor('user-cam-ana', { schema });
  if (waiting.length < count) throw new Error(`only ${waiting.length} requests wait for Ana`);
  return waiting.slice(0, count);
}

function requestItem(page: Page, title: string) {
  return page.getByRole('list', { name: 'Waiting for me' }).getByRole('listitem', { name: title });
}

test('a travelling day: nothing decided offline is lost, the refused one is explained', async ({
  context,
}) => {
  test.setTimeout(240_000);
  const requests = await waitingForAna(20);
  const startedAt = new Date().toISOString();

  let page = await context.newPage();
  await signIn(page, 'Ana García', `${store.url}/`);
  await expect(page.getByRole('status')).toContainText('Last synced');
  await expect(requestItem(page, requests[0]?.title ?? '')).toBeVisible();
  // The service worker has taken the page: the app shell is cached for the flight.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.close();
  page = await context.newPage();
  await page.goto(`${store.url}/`);
  await expect(page.getByRole('status')).toContainText('Offline');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  const [doubleClicked, refused, rejected, returned, ...approved] = requests;
  if (!doubleClicked || !refused || !rejected || !returned) throw new Error('too few requests');
  await requestItem(page, doubleClicked.title).getByRole('button', { name: 'Approve' }).dblclick();
  const refusedItem = requestItem(page, refused.title);
  await refusedItem.getByRole('textbox', { name: 'Comment' }).fill('Fine by me \u0000');
  await refusedItem.getByRole('button', { name: 'Approve' }).click();
  const rejectedItem = requestItem(page, rejected.title);
  await expect(rejectedItem.getByRole('button', { name: 'Reject' })).toBeDisabled();
  await rejectedItem.getByRole('textbox', { name: 'Comment' }).fill('Duplicado: ya registrado');
  await rejectedItem.getByRole('button', { name: 'Reject' }).click();
  const returnedItem = requestItem(page, returned.title);
  await returnedItem.getByRole('textbox', { name: 'Comment' }).fill('Which end customer? 🤔');
  await returnedItem.getByRole('button', { name: 'Return for info' }).click();
  for (const request of approved) {
    await requestItem(page, request.title).getByRole('button', { name: 'Approve' }).click();
  }
  const status = page.getByRole('status');
  await expect(status).toContainText('20 changes waiting to be sent');

  // Signing out now would lose them: the CAM is asked, and stays.
  await page.getByRole('button', { name: 'Sign out' }).click();
  const asking = page.getByRole('alertdialog', { name: '20 decisions are waiting to be sent' });
  await expect(asking).toBeVisible();
  await asking.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(asking).toBeHidden();
  await expect(status).toContainText('20 changes waiting to be sent');

  // Landing: the network comes back while the store is being restarted.
  await store.kill();
  await context.setOffline(false);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await store.restart();

  await expect(status).toContainText('All changes sent', { timeout: 60_000 });
  // The 20 newest of my decisions are today's: 19 with the store's outcome, one not sent.
  const mine = page.getByRole('list', { name: 'My decisions' }).getByRole('listitem');
  await expect
    .poll(async () => {
      const today = (await mine.allTextContents()).slice(0, 20);
      return {
        answered: today.filter((text) => /Applied|Superseded/.test(text)).length,
        notSent: today.filter((text) => text.includes('Not sent')).length,
      };
    })
    .toEqual({ answered: 19, notSent: 1 });
  await expect(requestItem(page, refused.title)).toContainText(
    /Not accepted: Not sent: the central store refused it \(comment .+\)/,
  );

  const stored = await withStore(
    ({ decisions }) =>
      decisions
        .pull(null, 5000, { userId: 'user-cam-ana', territoryIds: [] })
        .then((pulled) =>
          pulled.documents.filter(
            (decision) => decision.decidedBy === 'user-cam-ana' && decision.decidedAt > startedAt,
          ),
        ),
    schema,
  );
  expect(stored).toHaveLength(19);
  expect(new Set(stored.map((decision) => decision.requestId))).toEqual(
    new Set([doubleClicked, rejected, returned, ...approved].map((request) => request.id)),
  );
  expect(stored.every((decision) => decision.outcome !== null)).toBe(true);
  expect(stored.find((decision) => decision.requestId === rejected.id)?.comment).toBe(
    'Duplicado: ya registrado',
  );
});
