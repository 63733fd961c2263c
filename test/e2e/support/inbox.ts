import { expect, type Locator, type Page } from '@playwright/test';

/** The approvals inbox: a virtualized list, so only the rows in view are in the page. */
export function waitingList(page: Page): Locator {
  return page.getByRole('list', { name: 'Waiting for me', exact: true });
}

/** Shows every request of my role in my territories, not only those assigned to me. */
export async function showAllForMyRole(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'All for my role' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** A request's row, found through the inbox's search (which also matches request ids). */
export async function findRequest(page: Page, requestId: string): Promise<Locator> {
  await page.getByRole('searchbox', { name: 'Search requests' }).fill(requestId);
  const row = waitingList(page).locator(`[data-request-id="${requestId}"]`);
  await expect(row).toBeVisible();
  return row;
}

/** Opens a request in the detail area, where its comment box and decision buttons are. */
export async function openRequest(
  page: Page,
  requestId: string,
): Promise<{ row: Locator; detail: Locator }> {
  const row = await findRequest(page, requestId);
  await row.click();
  const detail = page.getByRole('region', { name: 'Selected request' });
  await expect(detail.getByRole('heading').first()).toHaveText(
    (await row.getAttribute('aria-label')) ?? '',
  );
  return { row, detail };
}
