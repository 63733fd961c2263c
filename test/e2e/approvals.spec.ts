import { expect, test } from '@playwright/test';
import { currencyDigits } from '../../shared/format/money';
import type { Request } from '../../shared/schema';
import { seriousViolations } from './support/axe';
import { openRequest, showAllForMyRole, waitingList } from './support/inbox';
import { signIn } from './support/sign-in';
import { withStore } from './support/store';
import { requestsWaitingFor } from './support/waiting-requests';

/** A request assigned to Ana (a CAM) with a step after hers, as the store has it now. */
async function requestWaitingForCam(): Promise<Request> {
  // The tests run one after another on one store: each takes the first still waiting.
  const [request] = await requestsWaitingFor('user-cam-ana', {
    withLaterStep: true,
    assignedOnly: true,
  });
  if (!request) throw new Error('the demo data has no such request');
  return request;
}

test('a CAM approves offline; after reconnecting the store shows it applied', async ({
  page,
  context,
}) => {
  const request = await requestWaitingForCam();
  await signIn(page, 'Ana García');
  const { row: item, detail } = await openRequest(page, request.id);

  await context.setOffline(true);
  await expect(page.getByRole('banner').getByRole('status')).toContainText('Offline');
  await detail.getByRole('textbox', { name: 'Comment' }).fill('Approved on the plane');
  await detail.getByRole('button', { name: 'Approve' }).click();
  await expect(item.getByText('Waiting to be sent')).toBeVisible();
  await expect(detail.getByRole('button', { name: 'Approve' })).toBeHidden();
  await expect(page.getByRole('banner').getByRole('status')).toContainText(
    '1 change waiting to be sent',
  );

  await context.setOffline(false);
  await expect(page.getByRole('banner').getByRole('status')).toContainText('All changes sent');
  await expect(item).toBeHidden();

  const stored = await withStore(async ({ requests, decisions }) => {
    const after = await requests.get(request.id);
    const decisionId = after?.steps[request.currentStep]?.decisionId;
    return { after, decision: decisionId ? await decisions.get(decisionId) : undefined };
  });
  expect(stored.after?.currentStep).toBe(request.currentStep + 1);
  expect(stored.decision).toMatchObject({
    decidedBy: 'user-cam-ana',
    comment: 'Approved on the plane',
    outcome: { status: 'applied' },
  });
});

test('two CAMs decide the same request offline: one applied, the other superseded', async ({
  browser,
}) => {
  const request = await requestWaitingForCam();
  const ana = await browser.newContext();
  const diego = await browser.newContext();
  const anaPage = await ana.newPage();
  const diegoPage = await diego.newPage();
  await signIn(anaPage, 'Ana García');
  await signIn(diegoPage, 'Diego Torres');
  const anas = await openRequest(anaPage, request.id);
  // Assigned to Ana: Diego, a CAM of the same territory, sees it in his role's queue.
  await showAllForMyRole(diegoPage);
  const diegos = await openRequest(diegoPage, request.id);

  await ana.setOffline(true);
  await diego.setOffline(true);
  await anas.detail.getByRole('button', { name: 'Approve' }).click();
  await expect(anas.row.getByText('Waiting to be sent')).toBeVisible();
  await diegos.detail.getByRole('textbox', { name: 'Comment' }).fill('Direct team already engaged');
  await diegos.detail.getByRole('button', { name: 'Reject' }).click();
  await expect(diegos.row.getByText('Waiting to be sent')).toBeVisible();

  await ana.setOffline(false);
  await expect(anaPage.getByRole('banner').getByRole('status')).toContainText('All changes sent');
  await diego.setOffline(false);
  await expect(diegoPage.getByRole('banner').getByRole('status')).toContainText('All changes sent');

  const diegosDecision = diegoPage
    .getByRole('list', { name: 'My decisions' })
    .getByRole('listitem')
    .first();
  await expect(diegosDecision).toContainText('Superseded: Ana García decided first');
  const anasDecision = anaPage
    .getByRole('list', { name: 'My decisions' })
    .getByRole('listitem')
    .first();
  await expect(anasDecision).toContainText('Applied');

  await ana.close();
  await diego.close();
});

test('keyboard: select three with x, approve them in bulk with one confirmation, offline', async ({
  page,
  context,
}) => {
  const startedAt = new Date().toISOString();
  await signIn(page, 'Ana García');
  const rows = waitingList(page).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByRole('banner').getByRole('status')).toContainText('Offline');

  // Typing in the search box is text, not shortcuts: nothing is selected or approved.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search requests' })).toBeFocused();
  await page.keyboard.type('ax');
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Search requests' }).fill('');
  await expect(page.getByRole('region', { name: 'Selection' })).toBeHidden();

  const ids = await rows.evaluateAll((items) =>
    items.slice(0, 3).map((item) => item.getAttribute('data-request-id')),
  );
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  const selection = page.getByRole('region', { name: 'Selection' });
  await expect(selection).toContainText('3 selected');
  await selection.getByRole('button', { name: 'Approve 3' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Approve 3 requests?' });
  await confirm.getByRole('button', { name: 'Approve 3' }).click();
  await expect(confirm).toBeHidden();
  for (const id of ids) {
    await expect(waitingList(page).locator(`[data-request-id="${id}"]`)).toContainText(
      'Waiting to be sent',
    );
  }
  await expect(page.getByRole('banner').getByRole('status')).toContainText(
    '3 changes waiting to be sent',
  );

  await context.setOffline(false);
  await expect(page.getByRole('banner').getByRole('status')).toContainText('All changes sent');
  const stored = await withStore(({ decisions }) =>
    decisions
      .pull(null, 5000, { userId: 'user-cam-ana', territoryIds: [] })
      // Only this test's: a request may hold an older decision (returned for info, resubmitted).
      .then((pulled) =>
        pulled.documents.filter((d) => ids.includes(d.requestId) && d.decidedAt >= startedAt),
      ),
  );
  // Each reached the store and has its answer (its own rules may refuse one, say an onboarding
  // without its signed agreement).
  expect(stored).toHaveLength(3);
  expect(stored.every((decision) => decision.outcome !== null)).toBe(true);
});

test('the shortcuts are listed (? opens them), and the inbox speaks Spanish', async ({ page }) => {
  await signIn(page, 'Ana García');
  await expect(waitingList(page).getByRole('listitem').first()).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Approve');
  await expect(help).toContainText('Return for info');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.getByRole('combobox', { name: /language|idioma/i }).selectOption('es');
  const lista = page.getByRole('list', { name: 'Pendientes de mí' });
  await expect(lista.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Buscar solicitudes' })).toBeVisible();
  await page.getByRole('combobox', { name: /language|idioma/i }).selectOption('en');
});

test('the inbox has no serious or critical accessibility violation', async ({ page }) => {
  // axe reads the whole page; on a busy machine one run takes tens of seconds.
  test.slow();
  await signIn(page, 'Ana García');
  await expect(waitingList(page).getByRole('listitem').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a CAM approves an MDF request in part, offline; the store grants that amount', async ({
  page,
  context,
}) => {
  const waiting = await requestsWaitingFor('user-cam-ana', { assignedOnly: true });
  const request = waiting.find((candidate) => candidate.type === 'mdf_preapproval');
  if (!request?.amount) throw new Error('the demo data has no MDF request waiting for Ana');
  const unit = 10 ** currencyDigits(request.amount.currency);
  const asked = request.amount.amountMinor / unit;
  const half = Math.floor(asked / 2);
  await signIn(page, 'Ana García');
  const { row, detail } = await openRequest(page, request.id);
  const amount = detail.getByRole('textbox', { name: /Approved amount/ });

  await amount.fill('12,34,5');
  await detail.getByRole('button', { name: 'Approve' }).click();
  await expect(detail.getByRole('alert')).toContainText('as a number');
  await amount.fill(String(Math.ceil(asked) + 1));
  await detail.getByRole('button', { name: 'Approve' }).click();
  await expect(detail.getByRole('alert')).toContainText('more than');

  await context.setOffline(true);
  await amount.fill(String(half));
  await detail.getByRole('button', { name: 'Approve' }).click();
  await expect(row.getByText('Waiting to be sent')).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByRole('banner').getByRole('status')).toContainText('All changes sent');

  const stored = await withStore(async ({ requests }) => requests.get(request.id));
  expect(stored?.approvedAmount).toEqual({
    amountMinor: half * unit,
    currency: request.amount.currency,
  });
});
