import { expect, test, type Page } from '@playwright/test';
import type { Request, User } from '../../shared/schema';
import { openRequest, showAllForMyRole } from './support/inbox';
import { signIn } from './support/sign-in';
import { withStore } from './support/store';
import { requestsWaitingFor } from './support/waiting-requests';

/**
 * What happens to decisions still in the outbox when the store changes what a CAM may see, or
 * revokes their access. Olivia is used by no other test: her record is changed here and put back.
 */
const oliviaId = 'user-cam-olivia';
test.describe.configure({ mode: 'serial' });

async function olivia(): Promise<User> {
  const [user] = await withStore(({ users }) =>
    users.getMany([oliviaId]).then((found) => [...found.values()]),
  );
  if (!user) throw new Error('the demo data has no Olivia');
  return user;
}

async function putOlivia(user: User) {
  await withStore(({ users }) => users.put([user]));
}

/** Requests waiting for Olivia's role (a CAM step) in her territories. */
async function waitingForOlivia(count: number, skip: number): Promise<Request[]> {
  const waiting = await requestsWaitingFor(oliviaId);
  return waiting.slice(skip, skip + count);
}

/** Approves a request from the inbox's "All for my role" view, as Olivia's queue. */
async function approve(page: Page, request: Request) {
  const { row, detail } = await openRequest(page, request.id);
  await detail.getByRole('button', { name: 'Approve' }).click();
  await expect(row).toContainText('Waiting to be sent');
}

test('a scope change sends the waiting decisions before it wipes and re-pulls', async ({
  page,
  context,
}) => {
  const before = await olivia();
  // A claim: the store applies a CAM's approval of it without rules of its own that could refuse.
  const waiting = await waitingForOlivia(50, 0);
  const request =
    waiting.find((candidate) => ['spiff_claim', 'mdf_claim'].includes(candidate.type)) ??
    waiting[0];
  if (!request) throw new Error('nothing waits for Olivia');
  try {
    await signIn(page, 'Olivia Bennett');
    await showAllForMyRole(page);
    await openRequest(page, request.id);
    await context.setOffline(true);
    await approve(page, request);
    await expect(page.getByRole('banner').getByRole('status')).toContainText(
      '1 change waiting to be sent',
    );

    // Meanwhile Olivia is given a second territory: her checkpoints no longer match her scope.
    // Her outbox is held back at the network until the app has seen that, so it is the
    // scope-change path (not an ordinary push that happened to come first) that must send it.
    await putOlivia({
      ...before,
      territoryIds: [...before.territoryIds, 'territory-iberia-latam'],
    });
    let scopeChangeSeen = false;
    page.on('response', (response) => {
      if (response.status() === 409) scopeChangeSeen = true;
    });
    await page.route('**/sync/decisions/push', (route) =>
      scopeChangeSeen ? route.continue() : route.abort(),
    );
    await context.setOffline(false);

    await expect
      .poll(() => withStore(({ requests }) => requests.get(request.id)), { timeout: 30_000 })
      .toMatchObject({ currentStep: request.currentStep + 1 });
    // The wipe and re-pull happened, and the decision came back from the store with its outcome.
    await expect(page.getByRole('banner').getByRole('status')).toContainText('All changes sent', {
      timeout: 30_000,
    });
    await expect(
      page.getByRole('list', { name: 'My decisions' }).getByRole('listitem').first(),
    ).toContainText('Applied');
  } finally {
    await putOlivia(before);
  }
});

test('a revoked CAM is signed out and told how many unsent decisions were discarded', async ({
  page,
  context,
}) => {
  const before = await olivia();
  const requests = await waitingForOlivia(2, 1);
  try {
    await signIn(page, 'Olivia Bennett');
    await expect(page.getByRole('banner').getByRole('status')).toContainText('Last synced');
    await showAllForMyRole(page);
    await context.setOffline(true);
    for (const request of requests) await approve(page, request);
    await expect(page.getByRole('banner').getByRole('status')).toContainText(
      '2 changes waiting to be sent',
    );

    await putOlivia({ ...before, active: false });
    await context.setOffline(false);

    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole('alert')).toContainText(
      '2 changes that had not been sent were discarded',
    );
    const local = await page.evaluate(async () =>
      (await indexedDB.databases()).map((database) => database.name ?? ''),
    );
    expect(local.filter((name) => name.includes('camdesk'))).toEqual([]);
    const stored = await withStore(({ requests: store }) =>
      Promise.all(requests.map((request) => store.get(request.id))),
    );
    expect(stored.map((request) => request?.currentStep)).toEqual(
      requests.map((request) => request.currentStep),
    );
  } finally {
    await putOlivia(before);
  }
});

test('a CAM revoked while the app was closed: the reopened workspace is wiped and the unsent counted', async ({
  page,
  context,
}) => {
  const before = await olivia();
  const [request] = await waitingForOlivia(1, 3);
  if (!request) throw new Error('Olivia has fewer than 4 requests waiting');
  try {
    await signIn(page, 'Olivia Bennett');
    await expect(page.getByRole('banner').getByRole('status')).toContainText('Last synced');
    await showAllForMyRole(page);
    await context.setOffline(true);
    await approve(page, request);

    // The app is closed and Olivia revoked meanwhile; reopened online, the app opens on the
    // kept session, then hears of it from the store.
    await page.goto('about:blank');
    await putOlivia({ ...before, active: false });
    await context.setOffline(false);
    await page.goto('/');

    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole('alert')).toContainText(
      '1 change that had not been sent was discarded',
    );
    const local = await page.evaluate(async () =>
      (await indexedDB.databases()).map((database) => database.name ?? ''),
    );
    expect(local.filter((name) => name.includes('camdesk'))).toEqual([]);
    const stored = await withStore(({ requests: store }) => store.get(request.id));
    expect(stored?.currentStep).toBe(request.currentStep);
  } finally {
    await putOlivia(before);
  }
});
