import { awaitsDecision } from '../../../shared/rules/request-status';
import type { Request } from '../../../shared/schema';
import { withStore } from './store';

/** More than any demo territory holds, so the page is the user's whole scope. */
const PULL_LIMIT = 5000;

export type WaitingQuery = {
  /** Only requests with a step after the current one, so approving forwards them. */
  withLaterStep?: boolean;
  /**
   * Only steps assigned to this user (or to nobody yet): what the inbox shows by default. Else
   * every step of the user's role, its "All for my role" view.
   */
  assignedOnly?: boolean;
  /** The store's schema, for a test that runs a store of its own. */
  schema?: string;
};

/**
 * Requests whose current step waits for this user's decision, as the store has them now: in the
 * user's territories, awaiting a decision, at a step of the user's role (and assigned to them,
 * with `assignedOnly`). Tests find each on screen by its id, through the inbox's search.
 */
export async function requestsWaitingFor(
  userId: string,
  { withLaterStep = false, assignedOnly = false, schema }: WaitingQuery = {},
): Promise<Request[]> {
  return withStore(async ({ users, requests }) => {
    const user = await users.get(userId);
    if (!user) throw new Error(`the store has no user ${userId}`);
    const page = await requests.pull(null, PULL_LIMIT, {
      userId,
      territoryIds: user.territoryIds,
    });
    return page.documents.filter((request) => {
      const step = request.steps[request.currentStep];
      return (
        awaitsDecision(request.status) &&
        step?.role === user.role &&
        (!assignedOnly || step.assigneeId === null || step.assigneeId === userId) &&
        (!withLaterStep || request.steps.length > request.currentStep + 1)
      );
    });
  }, schema);
}
