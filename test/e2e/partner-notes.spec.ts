import { expect, test } from '@playwright/test';
import { signIn } from './support/sign-in';
import { withStore } from './support/store';

/**
 * A note is a command, like a decision: Ana adds one to a partner's activity log offline, it is
 * shown at once as waiting to sync, sign-out warns about it as about an unsent decision, and once
 * online the store's answer marks it saved.
 */
test('a note added offline waits, holds sign-out back, and is saved once online', async ({
  page,
  context,
}) => {
  const text = `Wants a co-selling workshop before the quarter ends (${String(Date.now())})`;
  await signIn(page, 'Ana García');
  const status = page.getByRole('banner').getByRole('status');
  await expect(status).toContainText('All changes sent');
  // Offline before the first sync has finished would leave no partners to write about.
  await expect(status).not.toContainText('Not synced yet', { timeout: 30_000 });

  await page.getByRole('button', { name: 'Partners', exact: true }).click();
  await page.getByRole('row', { name: /Cénit Servicios Gestionados/ }).click();
  const view = page.getByRole('article', { name: /Cénit Servicios Gestionados/ });
  const log = view.getByRole('region', { name: /^Activity log/ });
  await context.setOffline(true);
  await expect(status).toContainText('Offline');

  // By keyboard: the labelled text box, then Tab to Save.
  const noteBox = log.getByRole('textbox', { name: 'Note about this partner' });
  await noteBox.focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
  await expect(log.getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(noteBox).toHaveValue('');

  const row = log.getByRole('row', { name: new RegExp(text.replace(/[()]/g, '\\$&')) });
  await expect(row).toContainText('Waiting to sync');
  await expect(status).toContainText('1 change waiting to be sent');

  // Signing out would wipe the note: the CAM is asked, exactly as for a decision.
  await page.getByRole('button', { name: 'Sign out' }).click();
  const asking = page.getByRole('alertdialog', { name: '1 change is waiting to be sent' });
  await expect(asking).toBeVisible();
  await expect(asking.getByRole('button', { name: 'Discard 1 change and sign out' })).toBeVisible();
  await asking.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(asking).toBeHidden();
  await expect(row).toContainText('Waiting to sync');

  await context.setOffline(false);
  await expect(row).toContainText('Saved', { timeout: 30_000 });
  await expect(status).toContainText('All changes sent', { timeout: 30_000 });

  // Once at the store: accepted, Ana its author, filed under the partner's territory.
  const stored = await withStore(async ({ activities, users }) => {
    const ana = (await users.getMany(['user-cam-ana'])).get('user-cam-ana');
    const scope = { userId: 'user-cam-ana', territoryIds: ana?.territoryIds ?? [] };
    const page = await activities.pull(null, 5000, scope);
    return page.documents.filter((activity) => activity.text === text);
  });
  expect(stored).toEqual([
    expect.objectContaining({
      kind: 'note',
      actorId: 'user-cam-ana',
      outcome: expect.objectContaining({ status: 'accepted' }),
    }),
  ]);
});
