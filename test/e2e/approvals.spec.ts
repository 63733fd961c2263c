import { expect, test, type Page } from '@playwright/test';
import type { Request } from '../../shared/schema';
import { signIn } from './support/sign-in';
import { withStore } from './support/store';
import { requestsWaitingFor } from './support/waiting-requests';

/** A request waiting for Ana (a CAM) with a step after hers, as the store has it now. */
async function requestWaitingForCam(skip: number): Promise<Request> {
  const waiting = await requestsWaitingFor('user-cam-ana', { withLaterStep: true });
  const request = waiting[skip];
  if (!request) throw new Error('the demo data has no such request');
  return request;
}

function requestItem(page: Page, title: string) {
  return page.getByRole('list', { name: 'Waiting for me' }).getByRole('listitem', { name: title });
}

test('a CAM approves offline; after reconnecting the store shows it applied', async ({
  page,
  context,
}) => {
  const request = await requestWaitingForCam(0);
  await signIn(page, 'Ana García');
  const item = requestItem(page, request.title);
  await expect(item).toBeVisible();

  await context.setOffline(true);
  await expect(page.getByRole('status')).toContainText('Offline');
  await item.getByRole('textbox', { name: 'Comment' }).fill('Approved on the plane');
  await item.getByRole('button', { name: 'Approve' }).click();
  await expect(item.getByText('Waiting to be sent')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('1 change waiting to be sent');

  await context.setOffline(false);
  await expect(page.getByRole('status')).toContainText('All changes sent');
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
  const request = await requestWaitingForCam(1);
  const ana = await browser.newContext();
  const diego = await browser.newContext();
  const anaPage = await ana.newPage();
  const diegoPage = await diego.newPage();
  await signIn(anaPage, 'Ana García');
  await signIn(diegoPage, 'Diego Torres');
  await expect(requestItem(anaPage, request.title)).toBeVisible();
  await expect(requestItem(diegoPage, request.title)).toBeVisible();

  await ana.setOffline(true);
  await diego.setOffline(true);
  await requestItem(anaPage, request.title).getByRole('button', { name: 'Approve' }).click();
  const diegosItem = requestItem(diegoPage, request.title);
  await diegosItem.getByRole('textbox', { name: 'Comment' }).fill('Direct team already engaged');
  await diegosItem.getByRole('button', { name: 'Reject' }).click();

  await ana.setOffline(false);
  await expect(anaPage.getByRole('status')).toContainText('All changes sent');
  await diego.setOffline(false);
  await expect(diegoPage.getByRole('status')).toContainText('All changes sent');

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
