import { statusesAwaitingDecision } from '../../shared/rules/request-status';
import { requestsCollection, type Request, type User } from '../../shared/schema';
import type { Database } from '../db/database';
import { announceChange, documentStore, lockChangeFeed } from '../sync/document-store';
import { refKey, workflowDefinitions } from '../workflow/workflow-store';
import { escalated, holdersFrom } from './escalation-rule';

/** At most this many breached requests per run; the next run takes the rest. */
export const ESCALATION_BATCH = 500;

/**
 * The SLA escalation job (docs/workflow.md, "Escalation"): every request waiting for a decision
 * whose current step is past due at `now` goes to the next role up, in one transaction under the
 * change-feed lock, so each change gets a change number and replicates. Running it twice at the
 * same `now` escalates once. Answers the ids escalated.
 */
export async function escalateBreachedSteps(database: Database, now: Date): Promise<string[]> {
  const requests = documentStore<Request>(database, requestsCollection);
  return database.transaction(async (tx) => {
    await lockChangeFeed(tx);
    const breached = (
      await tx.query<{ doc: Request }>(
        `SELECT doc FROM requests
         WHERE NOT deleted AND doc->>'status' = ANY($1::text[]) AND doc->>'dueAt' < $2
         ORDER BY doc->>'dueAt', id LIMIT $3 FOR UPDATE`,
        [statusesAwaitingDecision, now.toISOString(), ESCALATION_BATCH],
      )
    ).map((row) => row.doc);
    if (breached.length === 0) return [];
    const definitions = await workflowDefinitions(
      tx,
      breached.map((request) => request.workflow),
    );
    const staff = await tx.query<{ doc: User }>(
      `SELECT doc FROM users WHERE NOT deleted AND doc->>'active' = 'true'`,
    );
    const holderOf = holdersFrom(staff.map((row) => row.doc));
    const changed = breached.flatMap(
      (request) =>
        escalated(request, definitions.get(refKey(request.workflow)), holderOf, now) ?? [],
    );
    if (changed.length === 0) return [];
    await requests.writeManyWithin(tx, changed, now);
    await announceChange(tx, 'requests');
    return changed.map((request) => request.id);
  });
}
