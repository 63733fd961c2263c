import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { openDatabase } from '../../server/db/open';
import { escalateBreachedSteps } from '../../server/jobs/sla-escalation';
import type { Request } from '../../shared/schema';
import { e2eDatabaseUrl } from './support/e2e-database';
import { openRequest } from './support/inbox';
import { signIn } from './support/sign-in';
import { withStore } from './support/store';
import { startStoreProcess, type StoreProcess } from './support/store-process';
import { requestsWaitingFor } from './support/waiting-requests';

/**
 * Issue 11: a CAM and her regional manager decide the same request offline. The CAM's laptop
 * synced before the store's SLA sweep escalated her overdue step (skipped, the request now waits
 * at the manager's step); the manager's synced after it. Both decide on the plane; whoever lands
 * first, the manager's decision takes effect and the CAM's is refused with the store's reason,
 * nothing waits in either outbox, and both apps end with the request in one state, its audit
 * trail listing both attempts with their outcomes. A store of the test's own (the shared one's
 * requests are taken by other tests).
 */
const port = Number(process.env['E2E_RACE_PORT'] ?? 8798);
const schema = 'e2e_escalation_race';
const HOUR = 3_600_000;
/** RTL (Arabic, Hebrew), an emoji with a skin tone and markup that must stay text. */
const hostileComment =
  'موافق שלום 👍🏽 <script>window.__injected = 1</script><img src=x onerror="window.__injected = 2"> & "ok"';

let store: StoreProcess;
test.beforeAll(async () => {
  store = await startStoreProcess(port, schema);
});
test.afterAll(async () => {
  await store.stop();
});

type Device = { context: BrowserContext; page: Page };

async function signedIn(browser: Browser, name: string): Promise<Device> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, name, `${store.url}/`);
  await expect(syncStatus(page)).toContainText('Last synced');
  return { context, page };
}

const syncStatus = (page: Page) => page.getByRole('banner').getByRole('status');
const myDecisions = (page: Page) =>
  page.getByRole('list', { name: 'My decisions' }).getByRole('listitem');

async function goOffline({ context, page }: Device) {
  await context.setOffline(true);
  await expect(syncStatus(page)).toContainText('Offline');
}

/** Her CAM step is overdue at the store, and the minute's sweep escalates it. */
async function escalate(request: Request) {
  const overdue = new Date(Date.now() - HOUR).toISOString();
  await withStore(async ({ requests }) => {
    const stored = await requests.get(request.id);
    if (!stored) throw new Error(`${request.id} is gone`);
    await requests.put([
      {
        ...stored,
        dueAt: overdue,
        steps: stored.steps.map((step) =>
          step.index === request.currentStep ? { ...step, dueAt: overdue } : step,
        ),
      },
    ]);
  }, schema);
  const database = await openDatabase({ engine: 'postgres', url: e2eDatabaseUrl(schema) });
  try {
    expect(await escalateBreachedSteps(database, new Date())).toContain(request.id);
  } finally {
    await database.close();
  }
  const after = await withStore(async ({ requests }) => requests.get(request.id), schema);
  expect(after?.steps[request.currentStep]?.status).toBe('skipped');
  expect(after?.currentStep).toBe(request.currentStep + 1);
  return after;
}

/** Decides the open request in the detail area, with a comment. */
async function decide(page: Page, requestId: string, action: 'Approve' | 'Reject', note: string) {
  const { row, detail } = await openRequest(page, requestId);
  await detail.getByRole('textbox', { name: 'Comment' }).fill(note);
  await detail.getByRole('button', { name: action }).click();
  await expect(row).toContainText('Waiting to be sent');
  await expect(syncStatus(page)).toContainText('1 change waiting to be sent');
}

/** Opens a decision's request from My decisions (it waits for nobody now): the detail area. */
async function openFromMyDecisions(page: Page, decision: Locator) {
  await decision.getByRole('button').click();
  const detail = page.getByRole('region', { name: 'Selected request' });
  return { detail, audit: detail.getByRole('region', { name: 'Audit trail' }) };
}

for (const camLandsFirst of [true, false]) {
  test(`an escalated request decided offline by the CAM (stale) and her manager, the ${camLandsFirst ? 'CAM' : 'manager'} back online first: the manager’s decision holds, the CAM’s is refused with why, both apps agree`, async ({
    browser,
  }) => {
    // The first such request still waiting: the one an earlier test took is decided now.
    const [request] = (
      await requestsWaitingFor('user-cam-ana', { withLaterStep: true, assignedOnly: true, schema })
    ).filter(
      (candidate) => candidate.steps[candidate.currentStep + 1]?.role === 'regional_manager',
    );
    if (!request) throw new Error('the demo has no CAM step of Ana followed by a manager step');
    const camStep = request.currentStep;

    // Ana syncs, opens it at her step, and boards: offline before the sweep.
    const ana = await signedIn(browser, 'Ana García');
    await openRequest(ana.page, request.id);
    await goOffline(ana);

    const escalatedRequest = await escalate(request);
    const managerId = escalatedRequest?.steps[camStep + 1]?.assigneeId;
    const manager = await withStore(async ({ users }) => users.get(managerId ?? ''), schema);
    if (!manager) throw new Error(`step ${camStep + 2} of ${request.id} has no assignee`);

    // The manager syncs after the sweep: the request waits at her step, escalated to her.
    const rm = await signedIn(browser, manager.name);
    const atRm = await openRequest(rm.page, request.id);
    await expect(atRm.detail).toContainText('Escalated');
    await goOffline(rm);

    // Ana's app still shows the request at her own step: she approves it there.
    const anaOpen = await openRequest(ana.page, request.id);
    await expect(anaOpen.detail).toContainText(`step ${camStep + 1} of`);
    await decide(ana.page, request.id, 'Approve', hostileComment);
    const rmReason = 'Direct team engaged with this customer: rejected after escalation';
    await decide(rm.page, request.id, 'Reject', rmReason);

    const land = async (device: Device) => {
      await device.context.setOffline(false);
      await expect(syncStatus(device.page)).toContainText('All changes sent', { timeout: 30_000 });
    };
    if (camLandsFirst) {
      await land(ana);
      await land(rm);
    } else {
      await land(rm);
      await land(ana);
    }

    // Ana reads why her approval did not count; the manager's newest decision is applied.
    const refused = myDecisions(ana.page).filter({
      hasText: `Step ${camStep + 1} of request ${request.id} was skipped`,
    });
    await expect(refused).toContainText('Not accepted');
    const applied = myDecisions(rm.page).first();
    await expect(applied).toContainText('Applied');

    // At the store: the manager's rejection holds the request; Ana's approval is on record, refused.
    const stored = await withStore(async ({ requests, decisions }) => {
      const after = await requests.get(request.id);
      const all = await decisions.pull(null, 5000, {
        userId: manager.id,
        territoryIds: manager.territoryIds,
      });
      return { after, attempts: all.documents.filter((d) => d.requestId === request.id) };
    }, schema);
    expect(stored.after?.status).toBe('rejected');
    expect(stored.after?.steps[camStep]).toMatchObject({ status: 'skipped', decisionId: null });
    expect(stored.after?.steps[camStep + 1]).toMatchObject({
      status: 'rejected',
      decidedBy: manager.id,
    });
    expect(stored.attempts.map((d) => [d.decidedBy, d.action, d.outcome?.status]).sort()).toEqual(
      [
        ['user-cam-ana', 'approve', 'rejected'],
        [manager.id, 'reject', 'applied'],
      ].sort(),
    );

    // Both apps: the request is rejected, and its audit trail lists both attempts and outcomes.
    for (const [device, mine] of [
      [ana, refused],
      [rm, applied],
    ] as const) {
      const { detail, audit } = await openFromMyDecisions(device.page, mine);
      await expect(detail.getByRole('heading').first()).toHaveText(
        (await mine.getByRole('button').textContent()) ?? '',
      );
      // One state, read-only: rejected, past its last step, nothing left to decide.
      await expect(
        detail.getByRole('definition').filter({ hasText: /^Rejected$/ }),
      ).not.toHaveCount(0);
      await expect(detail.getByRole('term').filter({ hasText: /^(Due|Step)$/ })).toHaveCount(0);
      await expect(detail.getByRole('button', { name: 'Approve' })).toHaveCount(0);
      const rows = audit.getByRole('row');
      const anaAttempt = rows
        .filter({ hasText: 'Ana García' })
        .filter({ hasText: `step ${camStep + 1}` });
      await expect(anaAttempt).toHaveCount(1);
      await expect(anaAttempt).toContainText(`Approved · step ${camStep + 1}`);
      await expect(anaAttempt).toContainText('Not accepted');
      await expect(anaAttempt).toContainText('was skipped');
      await expect(anaAttempt).toContainText(hostileComment);
      const rmAttempt = rows
        .filter({ hasText: manager.name })
        .filter({ hasText: `Rejected · step ${camStep + 2}` });
      await expect(rmAttempt).toHaveCount(1);
      await expect(rmAttempt).toContainText('Applied');
      await expect(rmAttempt).toContainText(rmReason);
      await expect(rows.filter({ hasText: 'Escalated' })).toHaveCount(1);
      // The markup in Ana's comment stayed text: nothing ran, no element was made of it.
      await expect(detail.locator('img[src="x"]')).toHaveCount(0);
      expect(await device.page.evaluate(() => (window as { __injected?: number }).__injected)).toBe(
        undefined,
      );
      await expect(syncStatus(device.page)).toContainText('All changes sent');
    }
    await ana.context.close();
    await rm.context.close();
  });
}
