import { awaitsDecision } from '../../../shared/rules/request-status';
import type { Request } from '../../../shared/schema';
import { withStore } from './store';

/** More than any demo territory holds, so the page is the user's whole scope. */
const PULL_LIMIT = 5000;

export type WaitingQuery = {
  /** Only requests with a step after the current one, so approving forwards them. */
  withLaterStep?: boolean;
  /** The store's schema, for a test that runs a store of its own. */
  schema?: string;
};

/**
 * Requests whose current step waits for this user's decision, as the store has them now: in the
 * user's territories, awaiting a decision, at a step of the user's role. Only those whose title
 * no other request in scope shares, so a test can find each on screen by its title.
 */
export async function requestsWaitingFor(
  userId: string,
  { withLaterStep = false, schema }: WaitingQuery = {},
): Promise<Request[]> {
  return withStore(async ({ users, requests }) => {
    const user = await users.get(userId);
    if (!user) throw new Error(`the store has no user ${userId}`);
    const page = await requests.pull(null, PULL_LIMIT, {
      userId,
      territoryIds: user.territoryIds,
    });
    const titles = page.documents.map((request) => request.title);
    return page.documents.filter(
      (request) =>
        titles.indexOf(request.title) === titles.lastIndexOf(request.title) &&
        awaitsDecision(request.status) &&
        request.steps[request.currentStep]?.role === user.role &&
        (!withLaterStep || request.steps.length > request.currentStep + 1),
    );
  }, schema);
}
