import { expect, test } from '@playwright/test';
import { openDatabase } from '../../server/db/open';
import { escalateBreachedSteps } from '../../server/jobs/sla-escalation';
import { openRequest } from './support/inbox';
import { signIn } from './support/sign-in';
import { e2eDatabaseUrl } from './support/e2e-database';
import { withStore } from './support/store';
import { requestsWaitingFor } from './support/waiting-requests';

const HOUR = 3_600_000;

test('an SLA runs out while Ana is offline: Lucía gets the request and decides it once; Ana’s late approval is refused with why', async ({
  browser,
}) => {
  // Ana's step, with her regional manager's step next (the tests share one store: take the last).
  const request = (
    await requestsWaitingFor('user-cam-ana', { withLaterStep: true, assignedOnly: true })
  )
    .filter((candidate) => candidate.steps[candidate.currentStep + 1]?.role === 'regional_manager')
    .at(-1);
  if (!request) throw new Error('the demo data has no CAM step followed by a manager step');
  const camStep = request.currentStep;

  const ana = await browser.newContext();
  const anaPage = await ana.newPage();
  await signIn(anaPage, 'Ana García');
  const { row, detail } = await openRequest(anaPage, request.id);
  await ana.setOffline(true);
  await detail.getByRole('button', { name: 'Approve' }).click();
  await expect(row).toContainText('Waiting to be sent');

  // Meanwhile at the store: her step's SLA ran out an hour ago, and the minute's sweep runs.
  const overdue = new Date(Date.now() - HOUR).toISOString();
  await withStore(async ({ requests }) => {
    const stored = await requests.get(request.id);
    if (!stored) throw new Error(`${request.id} is gone`);
    await requests.put([
      {
        ...stored,
        dueAt: overdue,
        steps: stored.steps.map((step) =>
          step.index === camStep ? { ...step, dueAt: overdue } : step,
        ),
      },
    ]);
  });
  const database = await openDatabase({ engine: 'postgres', url: e2eDatabaseUrl() });
  try {
    expect(await escalateBreachedSteps(database, new Date())).toContain(request.id);
  } finally {
    await database.close();
  }

  // Back online, Ana's approval reaches a step that no longer waits: refused, and she is told why.
  await ana.setOffline(false);
  await expect(anaPage.getByRole('banner').getByRole('status')).toContainText('All changes sent');
  const mine = anaPage.getByRole('list', { name: 'My decisions' }).getByRole('listitem');
  await expect(mine.filter({ hasText: 'was skipped' }).first()).toContainText('Not accepted', {
    timeout: 30_000,
  });

  // Lucía, the regional manager, finds it in her inbox at her own step, and decides it once.
  const lucia = await browser.newContext();
  const luciaPage = await lucia.newPage();
  await signIn(luciaPage, 'Lucía Fernández');
  const opened = await openRequest(luciaPage, request.id);
  await expect(opened.detail).toContainText('Escalated');
  await expect(opened.detail).toContainText('Skipped');
  await opened.detail.getByRole('button', { name: 'Approve' }).click();
  await expect(luciaPage.getByRole('banner').getByRole('status')).toContainText('All changes sent');

  const stored = await withStore(async ({ requests, decisions }) => {
    const after = await requests.get(request.id);
    const decisionIds = (after?.steps ?? []).map((step) => step.decisionId);
    return {
      after,
      decisions: await Promise.all(
        decisionIds.map((id) => (id ? decisions.get(id) : Promise.resolve(undefined))),
      ),
    };
  });
  expect(stored.after?.steps[camStep]).toMatchObject({ status: 'skipped', decisionId: null });
  expect(stored.after?.steps[camStep + 1]).toMatchObject({
    role: 'regional_manager',
    status: 'approved',
    decidedBy: 'user-rm-lucia',
  });
  expect(stored.after?.history.map((entry) => entry.action)).toContain('escalated');
  // One decision by Lucía holds a step; Ana's is on record, refused.
  expect(
    stored.decisions.filter((decision) => decision?.decidedBy === 'user-rm-lucia'),
  ).toHaveLength(1);
  await ana.close();
  await lucia.close();
});
