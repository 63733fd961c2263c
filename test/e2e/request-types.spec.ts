import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { requestTypes, type Request, type RequestType } from '../../shared/schema';
import { openRequest } from './support/inbox';
import { signIn } from './support/sign-in';
import { withStore } from './support/store';
import { startStoreProcess, type StoreProcess } from './support/store-process';
import { requestsWaitingFor } from './support/waiting-requests';

/**
 * Every request type a CAM approves, one decided online and one offline where the demo has two,
 * against a store of the test's own (the shared one's requests are taken by other tests). Each
 * decision gets the store's outcome, and the UI shows it: applied, or refused with the store's
 * reason (an onboarding missing its agreement is refused by the store's own rules).
 */
const port = Number(process.env['E2E_TYPES_PORT'] ?? 8797);
const schema = 'e2e_request_types';
let store: StoreProcess;

test.beforeAll(async () => {
  store = await startStoreProcess(port, schema);
});
test.afterAll(async () => {
  await store.stop();
});

test('an MDF claim’s proof of performance opens offline, downloaded while online', async ({
  page,
  context,
}) => {
  const [claim] = (await requestsWaitingFor('user-cam-ana', { assignedOnly: true, schema })).filter(
    (request) => request.type === 'mdf_claim' && request.attachments.length > 0,
  );
  if (!claim) throw new Error('the demo has no MDF claim with its proof waiting for Ana');
  const [proof] = claim.attachments;
  if (!proof) throw new Error('no file');

  await signIn(page, 'Ana García', `${store.url}/`);
  const status = page.getByRole('banner').getByRole('status');
  await expect(status).toContainText('Last synced');
  // The file was downloaded in the background as the claim replicated: open it on the plane.
  await expect
    .poll(
      () =>
        page.evaluate(async (sha256) => {
          const names = (await indexedDB.databases()).map((database) => database.name ?? '');
          const name = names.find((candidate) => candidate.startsWith('camdesk-files-'));
          if (!name) return false;
          return new Promise<boolean>((resolve) => {
            const open = indexedDB.open(name);
            open.onerror = () => {
              resolve(false);
            };
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('files')) {
                db.close();
                resolve(false);
                return;
              }
              const get = db.transaction('files').objectStore('files').get(sha256);
              get.onsuccess = () => {
                db.close();
                resolve(get.result !== undefined);
              };
              get.onerror = () => {
                db.close();
                resolve(false);
              };
            };
          });
        }, proof.sha256),
      { timeout: 30_000 },
    )
    .toBe(true);
  await context.setOffline(true);
  await expect(status).toContainText('Offline');

  const { detail } = await openRequest(page, claim.id);
  const files = detail.getByRole('region', { name: 'Attachments' });
  await expect(files).toContainText(proof.fileName);
  await expect(files).toContainText('Kept on this device');
  const download = page.waitForEvent('download');
  await files.getByRole('link', { name: `Open ${proof.fileName}` }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(proof.fileName);
  const text = await readFile(await saved.path(), 'utf8');
  expect(text.startsWith('\uFEFFAttendee,Company,Role,Attended')).toBe(true);
  await context.setOffline(false);
});

test('each request type, approved online and offline, gets the store’s outcome', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const waiting = await requestsWaitingFor('user-cam-ana', { assignedOnly: true, schema });
  const byType = new Map<RequestType, Request[]>();
  for (const request of waiting)
    byType.set(request.type, [...(byType.get(request.type) ?? []), request]);
  const missing = requestTypes.filter((type) => !byType.has(type));
  expect(missing, 'request types with nothing waiting for Ana in the demo').toEqual([]);
  const online = requestTypes.map((type) => byType.get(type)?.[0]).filter((r) => r !== undefined);
  const offline = requestTypes.map((type) => byType.get(type)?.[1]).filter((r) => r !== undefined);

  await signIn(page, 'Ana García', `${store.url}/`);
  const status = page.getByRole('banner').getByRole('status');
  await expect(status).toContainText('Last synced');

  const approve = async (request: Request, waitingShown: boolean) => {
    const { row, detail } = await openRequest(page, request.id);
    if (request.type === 'spiff_claim') {
      // The rep the claim pays, from the partner's contacts, and the payout owed once approved.
      if (!request.payee) throw new Error(`SPIFF claim ${request.id} names no rep`);
      const rep = `${request.payee.name} <${request.payee.email}>`;
      const payout = detail.getByRole('region', { name: 'SPIFF payout' });
      await expect(payout).toContainText(rep);
      await expect(payout).toContainText(`Payout owed to ${rep} once approved`);
    }
    await detail.getByRole('textbox', { name: 'Comment' }).fill(`Approved: ${request.type}`);
    await detail.getByRole('button', { name: 'Approve' }).click();
    if (waitingShown) await expect(row).toContainText('Waiting to be sent');
  };
  // The status may still say 'All changes sent' from before a click is recorded: wait for the
  // store's answer, or the last online decision may still be in flight when the network goes.
  const answeredByStore = (request: Request) =>
    withStore(async ({ decisions }) => {
      const scope = { userId: 'user-cam-ana', territoryIds: [request.territoryId] };
      const { documents } = await decisions.pull(null, 5000, scope);
      return documents.some((each) => each.requestId === request.id && each.outcome !== null);
    }, schema);
  for (const request of online) {
    await approve(request, false);
    await expect.poll(() => answeredByStore(request), { timeout: 30_000 }).toBe(true);
    await expect(status).toContainText('All changes sent');
  }
  await context.setOffline(true);
  await expect(status).toContainText('Offline');
  for (const request of offline) await approve(request, true);
  await expect(status).toContainText(`${offline.length} change`);
  await context.setOffline(false);
  await expect(status).toContainText('All changes sent', { timeout: 60_000 });

  const decided = [...online, ...offline];
  const storedOutcomes = () =>
    withStore(async ({ decisions, requests }) => {
      const all = await decisions.pull(null, 5000, {
        userId: 'user-cam-ana',
        territoryIds: [...new Set(decided.map((request) => request.territoryId))],
      });
      return Promise.all(
        all.documents
          .filter((decision) => decided.some((request) => request.id === decision.requestId))
          .map(async (decision) => ({ decision, request: await requests.get(decision.requestId) })),
      );
    }, schema);
  await expect
    .poll(async () => (await storedOutcomes()).filter(({ decision }) => decision.outcome).length, {
      timeout: 30_000,
    })
    .toBe(decided.length);
  const outcomes = await storedOutcomes();

  for (const before of decided) {
    const found = outcomes.find(({ decision }) => decision.requestId === before.id);
    expect(found, before.id).toBeDefined();
    const outcome = found?.decision.outcome;
    expect(outcome?.status, `${before.type} ${before.id}`).toMatch(/^(applied|rejected)$/);
    if (outcome?.status === 'applied') {
      // Applied: the request moved past Ana's step, to the next or to its final approval.
      expect(found?.request?.currentStep, before.id).toBe(before.currentStep + 1);
      expect(found?.request?.steps[before.currentStep]?.decidedBy).toBe('user-cam-ana');
      if (found?.request?.type === 'spiff_claim' && found.request.status === 'approved') {
        expect(found.request.history.map((entry) => entry.note)).toContainEqual(
          expect.stringMatching(/^Payout owed to .+ <.+@.+>: /),
        );
      }
    } else {
      // Refused by the store's rules, with a reason a person can read; the request unchanged.
      expect(outcome?.reason, before.id).toMatch(/\w{3,}/);
      expect(found?.request?.currentStep).toBe(before.currentStep);
    }
  }
  // Every type but onboarding (which the store may refuse for a missing document) was applied.
  const appliedTypes = new Set(
    outcomes
      .filter(({ decision }) => decision.outcome?.status === 'applied')
      .map(({ request }) => request?.type),
  );
  for (const type of requestTypes.filter((candidate) => candidate !== 'partner_onboarding')) {
    expect(appliedTypes.has(type), `a ${type} applied`).toBe(true);
  }

  // The UI shows each outcome: none is left waiting, a refusal shows the store's reason.
  const mine = page.getByRole('list', { name: 'My decisions' }).getByRole('listitem');
  await expect(mine.filter({ hasText: 'Waiting to be sent' })).toHaveCount(0);
  for (const { decision } of outcomes.filter(
    ({ decision }) => decision.outcome?.status === 'rejected',
  )) {
    await expect(mine.filter({ hasText: decision.outcome?.reason ?? '' }).first()).toBeVisible();
  }
});
