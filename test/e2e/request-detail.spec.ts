import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { formatMoney } from '../../shared/format/money';
import { openDatabase } from '../../server/db/open';
import { documentStore } from '../../server/sync/document-store';
import {
  dealsCollection,
  performanceCollection,
  type Deal,
  type Performance,
  type Request,
} from '../../shared/schema';
import { partnerKpis } from '../../renderer/features/approvals/detail/partner-kpis';
import { openRequest } from './support/inbox';
import { signIn } from './support/sign-in';
import { e2eDatabaseUrl } from './support/e2e-database';
import { withStore } from './support/store';
import { requestsWaitingFor } from './support/waiting-requests';

/** The deals and performance documents the store holds now (what withStore does not open). */
async function storeDeals(ids: readonly string[]): Promise<Map<string, Deal>> {
  const database = await openDatabase({ engine: 'postgres', url: e2eDatabaseUrl() });
  try {
    return await documentStore<Deal>(database, dealsCollection).getMany(ids);
  } finally {
    await database.close();
  }
}

async function storePerformance(partnerId: string, territoryIds: string[], userId: string) {
  const database = await openDatabase({ engine: 'postgres', url: e2eDatabaseUrl() });
  try {
    const page = await documentStore<Performance>(database, performanceCollection).pull(
      null,
      5000,
      { userId, territoryIds },
    );
    return page.documents.filter((document) => document.partnerId === partnerId);
  } finally {
    await database.close();
  }
}

/** RFC 4180: quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 1;
    } else field += char;
  }
  if (field !== '' || record.length > 0) throw new Error('the CSV does not end with CRLF');
  return records;
}

/** Exports the open request's audit trail and reads the download back as CSV records. */
async function exportAudit(page: Page): Promise<string[][]> {
  const audit = page.getByRole('region', { name: 'Audit trail' }).first();
  const downloaded: Promise<Download> = page.waitForEvent('download');
  await audit.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloaded;
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(bytes.subarray(3).toString('utf8'));
}

const header = [
  'Request',
  'When',
  'What',
  'Step',
  'Who',
  'Device',
  'Outcome',
  'Outcome reason',
  'Recorded at',
  'Comment',
  'Decision id',
];

async function openInbox(page: Page, name: string) {
  await signIn(page, name);
  await page.getByRole('button', { name: 'Approvals', exact: true }).click();
}

test('the detail shows partner KPIs, a registration with its conflicts, the steps with their holders, history and an audit CSV', async ({
  page,
}) => {
  // The demo data plants conflicting registrations; which of them still wait for a CAM depends
  // on the hour and the day it is seeded (an overdue one has been escalated to the manager), so
  // the first of these holders with one waiting is the one who opens it.
  const holdersToTry = [
    { id: 'user-cam-diego', name: 'Diego Torres' },
    { id: 'user-cam-olivia', name: 'Olivia Bennett' },
    { id: 'user-rm-lucia', name: 'Lucía Fernández' },
  ];
  let found:
    { request: Request; deals: Map<string, Deal>; user: (typeof holdersToTry)[number] } | undefined;
  for (const user of holdersToTry) {
    const waiting = await requestsWaitingFor(user.id, { assignedOnly: true });
    const registrations = waiting.filter((request) => request.type === 'deal_registration');
    const deals = await storeDeals(registrations.map((request) => request.subjectId));
    const request = registrations.find(
      (each) => (deals.get(each.subjectId)?.conflictsWith.length ?? 0) > 0,
    );
    if (request) {
      found = { request, deals, user };
      break;
    }
  }
  if (!found) throw new Error('the demo data has no conflicting registration waiting for anyone');
  const { request, deals, user } = found;
  const deal = deals.get(request.subjectId);
  if (!deal) throw new Error(`the store has no deal ${request.subjectId}`);
  const others = await storeDeals(deal.conflictsWith);
  const { partner, holders } = await withStore(async ({ partners, users }) => ({
    partner: await partners.get(request.partnerId),
    holders: await Promise.all(
      request.steps.map((step) =>
        step.assigneeId ? users.get(step.assigneeId) : Promise.resolve(undefined),
      ),
    ),
  }));
  const performance = await storePerformance(request.partnerId, [request.territoryId], user.id);
  const kpis = partnerKpis(performance, new Date());

  await openInbox(page, user.name);
  const { detail } = await openRequest(page, request.id);

  const partnerPanel = detail.getByRole('region', { name: 'Partner' });
  const tierLabel = {
    registered: 'Registered',
    silver: 'Silver',
    gold: 'Gold',
    platinum: 'Platinum',
  };
  await expect(partnerPanel).toContainText(`Tier${tierLabel[partner?.tier ?? 'registered']}`);
  if (!kpis) throw new Error(`the store has no performance for ${request.partnerId}`);
  await expect(partnerPanel).toContainText(
    `Revenue, last 12 months${formatMoney(kpis.revenueLast12, 'en')}`,
  );
  await expect(partnerPanel).toContainText(
    `Revenue, last 6 months${formatMoney(kpis.revenueLast6, 'en')}`,
  );
  await expect(partnerPanel).toContainText('Win rate, last 12 months');

  const dealPanel = detail.getByRole('region', { name: 'Deal' });
  await expect(dealPanel).toContainText(deal.endCustomer.name);
  const conflicts = dealPanel
    .getByRole('list', { name: 'Conflicting records' })
    .getByRole('listitem');
  await expect(conflicts).toHaveCount(deal.conflictsWith.length);
  for (const id of deal.conflictsWith) {
    const other = others.get(id);
    const item = dealPanel.locator(`[data-conflict-id="${id}"]`);
    await expect(item).toContainText(other ? other.endCustomer.name : id);
  }

  const steps = detail.getByRole('region', { name: 'Steps' }).getByRole('listitem');
  await expect(steps).toHaveCount(request.steps.length);
  for (const [index, holder] of holders.entries()) {
    await expect(steps.nth(index)).toContainText(holder?.name ?? 'not assigned yet');
  }
  await expect(detail.getByRole('region', { name: 'Attachments' })).toContainText(
    'No attachments.',
  );
  const history = detail.getByRole('region', { name: 'History' }).getByRole('listitem');
  await expect(history).toHaveCount(Math.min(6, request.history.length));

  const records = await exportAudit(page);
  expect(records[0]).toEqual(header);
  const expected = [...request.history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  expect(records.slice(1).map((record) => [record[0], record[1], record[9]])).toEqual(
    expected.map((event) => [request.id, event.at, event.note]),
  );
});

/** A deal registration waiting for Ana at its last step: approving it grants protection. */
async function finalRegistrationForAna(): Promise<Request> {
  const waiting = await requestsWaitingFor('user-cam-ana', { assignedOnly: true });
  const last = waiting.filter(
    (request) =>
      request.type === 'deal_registration' && request.currentStep === request.steps.length - 1,
  );
  // The last of them: other specs take the first requests of Ana's inbox.
  const request = last.at(-1);
  if (!request) throw new Error('the demo data has no final registration step for Ana');
  return request;
}

test('an approval shows its expected effect as waiting, the audit trail records the attempt, and the store outcome replaces it', async ({
  page,
  context,
}) => {
  const request = await finalRegistrationForAna();
  await openInbox(page, 'Ana García');
  const { detail } = await openRequest(page, request.id);

  await context.setOffline(true);
  await expect(page.getByRole('status').first()).toBeVisible();
  await detail.getByRole('textbox', { name: 'Comment' }).fill('Protect it, +1 quarter');
  await detail.getByRole('button', { name: 'Approve' }).click();
  const until = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(
    Date.now() + 90 * 86_400_000,
  );
  const waitingNote = detail.locator('[data-effect-state="waiting"]');
  await expect(waitingNote).toContainText('Waiting for the store');
  await expect(waitingNote).toContainText(`Approved, protected until ${until}`);

  const records = await exportAudit(page);
  const attempt = records.find((record) => record[2] === 'Approved' && record[10] !== '');
  expect(attempt).toMatchObject({
    0: request.id,
    3: String(request.currentStep + 1),
    4: 'Ana García',
    6: 'Waiting for the store',
    // Formula-safe: a comment starting with + would otherwise be evaluated.
    9: 'Protect it, +1 quarter',
  });
  expect(attempt?.[5]).toMatch(/\S/);

  await context.setOffline(false);
  await expect(page.getByRole('status').first()).toContainText('All changes sent');
  // Applied, the request leaves the inbox once its new state streams back (after the stream
  // reconnects, which may take a while): in the panel until then, above the next request after.
  await page.getByRole('searchbox', { name: 'Search requests' }).fill('');
  const side = page.getByRole('complementary');
  const done = side.locator('[data-effect-state="applied"]').first();
  await expect(done).toContainText('Done by the store', { timeout: 30_000 });
  const deal = (await storeDeals([request.subjectId])).get(request.subjectId);
  expect(deal?.registrationStatus).toBe('approved');
  const protectedUntil = deal?.protectionExpiresAt;
  if (!protectedUntil) throw new Error('the store set no protection period');
  await expect(done).toContainText(
    `Approved, protected until ${new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(protectedUntil))}`,
  );
  await expect(side.locator('[data-effect-state="waiting"]')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Your last decision' })).toBeVisible({
    timeout: 30_000,
  });
});

type RecordedNotification = { title: string; body: string };

test('a new request for me raises one desktop notification once notifications are on', async ({
  page,
}) => {
  // The browser's Notification API, recorded: the permission prompt is answered "granted".
  await page.addInitScript(() => {
    const shown: { title: string; body: string }[] = [];
    let permission: NotificationPermission = 'default';
    class RecordingNotification {
      static get permission() {
        return permission;
      }
      static requestPermission() {
        permission = 'granted';
        return Promise.resolve(permission);
      }
      onclick: (() => void) | null = null;
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body ?? '' });
      }
      close() {}
    }
    Object.assign(window, { Notification: RecordingNotification, shownNotifications: shown });
  });
  const shown = () =>
    page.evaluate(
      () =>
        (window as unknown as { shownNotifications: RecordedNotification[] }).shownNotifications,
    );
  const [template] = await requestsWaitingFor('user-cam-ana', { assignedOnly: true });
  if (!template) throw new Error('nothing waits for Ana in the demo data');
  await openInbox(page, 'Ana García');
  await page.getByRole('button', { name: 'Notifications off' }).click();
  await expect(page.getByRole('button', { name: 'Notifications on' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('status').first()).toContainText('Last synced');
  // What the sync already brought is no news.
  await page.waitForTimeout(3000);
  expect((await shown()).filter((each) => each.title === 'New request for you')).toEqual([]);

  const now = Date.now();
  const dueAt = new Date(now + 24 * 3_600_000).toISOString();
  const arrived: Request = {
    ...template,
    id: `request-e2e-notify-${now}`,
    submittedAt: new Date(now).toISOString(),
    dueAt,
    history: [],
    steps: template.steps.map((step) =>
      step.index === template.currentStep ? { ...step, dueAt, assigneeId: 'user-cam-ana' } : step,
    ),
  };
  try {
    await withStore(({ requests }) => requests.put([arrived]));
    await expect
      .poll(async () => (await shown()).filter((each) => each.title === 'New request for you'))
      .toHaveLength(1);
    // A change to a request already waiting for me is no second arrival.
    await withStore(({ requests }) => requests.put([{ ...arrived, title: `${arrived.title} ·` }]));
    await page.waitForTimeout(4000);
    expect((await shown()).filter((each) => each.title === 'New request for you')).toHaveLength(1);
  } finally {
    await withStore(({ requests }) => requests.remove([arrived.id]));
  }
});
