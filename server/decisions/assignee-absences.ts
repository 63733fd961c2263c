import type { Request, UserAbsence } from '../../shared/schema';
import type { Queryable } from '../db/database';

/**
 * The absences on file (users' `away`) of whoever is assigned the current step of `requests`,
 * for judging a delegate's decision (docs/workflow.md, "Who may decide a step").
 */
export async function assigneeAbsences(
  tx: Queryable,
  requests: Iterable<Request>,
): Promise<(userId: string) => UserAbsence | null> {
  const assignees = new Set<string>();
  for (const request of requests) {
    for (const step of request.steps) if (step.assigneeId) assignees.add(step.assigneeId);
  }
  if (assignees.size === 0) return () => null;
  const rows = await tx.query<{ id: string; away: UserAbsence | null }>(
    `SELECT id, doc->'away' AS away FROM users
     WHERE id = ANY($1::text[]) AND NOT deleted AND jsonb_typeof(doc->'away') = 'object'`,
    [[...assignees]],
  );
  const absences = new Map(rows.map((row) => [row.id, row.away]));
  return (userId) => absences.get(userId) ?? null;
}
