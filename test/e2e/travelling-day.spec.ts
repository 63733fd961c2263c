import { expect, test } from '@playwright/test';
import type { Request } from '../../shared/schema';
import { findRequest, openRequest, showAllForMyRole, waitingList } from './support/inbox';
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

/** Requests waiting for Ana's role (a CAM step) in her territories. */
async function waitingForAna(count: number): Promise<Request[]> {
  const waiting = await requestsWaitingFor('user-cam-ana', { schema });
  if (waiting.length < count) throw new Error(`only ${waiting.length} requests wait for Ana`);
  return waiting.slice(0, count);
}

test('a travelling day: nothing decided offline is lost, the refused one is explained', async ({
  context,
}) => {
  test.setTimeout(240_000);
  const requests = await waitingForAna(20);
  const startedAt = new Date().toISOString();

  let page = await context.newPage();
  await signIn(page, 'Ana García', `${store.url}/`);
  await expect(page.getByRole('banner').getByRole('status')).toContainText('Last synced');
  await expect(waitingList(page).getByRole('listitem').first()).toBeVisible();
  // The service worker has taken the page: the app shell is cached for the flight.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.close();
  page = await context.newPage();
  await page.goto(`${store.url}/`);
  await expect(page.getByRole('banner').getByRole('status')).toContainText('Offline');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  const [doubleClicked, refused, rejected, returned, ...approved] = requests;
  if (!doubleClicked || !refused || !rejected || !returned) throw new Error('too few requests');
  await showAllForMyRole(page);
  const decide = async (request: Request, button: string, comment = '', double = false) => {
    const { row, detail } = await openRequest(page, request.id);
    if (comment) await detail.getByRole('textbox', { name: 'Comment' }).fill(comment);
    const decision = detail.getByRole('button', { name: button });
    await (double ? decision.dblclick() : decision.click());
    await expect(row).toContainText('Waiting to be sent');
  };
  await decide(doubleClicked, 'Approve', '', true);
  await decide(refused, 'Approve', 'Fine by me \u0000');
  const rejectedDetail = (await openRequest(page, rejected.id)).detail;
  await expect(rejectedDetail.getByRole('button', { name: 'Reject' })).toBeDisabled();
  await decide(rejected, 'Reject', 'Duplicado: ya registrado');
  await decide(returned, 'Return for info', 'Which end customer? 🤔');
  for (const request of approved) await decide(request, 'Approve');
  const status = page.getByRole('banner').getByRole('status');
  await expect(status).toContainText('20 changes waiting to be sent');

  // Signing out now would lose them: the CAM is asked, and stays.
  await page.getByRole('button', { name: 'Sign out' }).click();
  const asking = page.getByRole('alertdialog', { name: '20 changes are waiting to be sent' });
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
  // The 20 newest of my decisions are today's: 19 with the store's outcome (applied, superseded,
  // or refused by the store's own rules, such as an onboarding missing its agreement), one not
  // sent.
  const mine = page.getByRole('list', { name: 'My decisions' }).getByRole('listitem');
  await expect
    .poll(async () => {
      const today = (await mine.allTextContents()).slice(0, 20);
      return {
        answered: today.filter(
          (text) => /Applied|Superseded|Not accepted/.test(text) && !text.includes('Not sent'),
        ).length,
        notSent: today.filter((text) => text.includes('Not sent')).length,
      };
    })
    .toEqual({ answered: 19, notSent: 1 });
  await expect(await findRequest(page, refused.id)).toContainText(
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
