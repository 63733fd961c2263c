import {
  findChannelConflicts,
  type ChannelConflict,
  type ConflictCandidate,
  type ConflictSubject,
} from '../../shared/rules/channel-conflict';
import type { Deal } from '../../shared/schema';
import type { Queryable } from '../db/database';

/**
 * The deals that may be the same end customer as `registration`, in every territory (a conflict
 * is often with a partner across a border): the same name key or domain key, found through the
 * expression indexes of migration 008 rather than by reading every deal. The SQL keys only
 * narrow the search; which candidates conflict, and why, is the shared rule's decision.
 * A key that is empty (a name of punctuation only) matches nothing, as in the rule.
 */
export const channelConflictCandidatesSql = `
  SELECT doc FROM deals
  WHERE NOT deleted AND id <> $1 AND doc->>'partnerId' <> $2
    AND (
      (customer_name_key($3) <> '' AND customer_name_key(doc->'endCustomer'->>'name') = customer_name_key($3))
      OR (customer_domain_key($4) <> '' AND customer_domain_key(doc->'endCustomer'->>'domain') = customer_domain_key($4))
    )
  ORDER BY id`;

/**
 * Every registration in the store that `registration` conflicts with as of `asOf`, with why
 * (shared/rules/channel-conflict.ts), in id order. Reads in the caller's transaction, so a
 * check at submission sees what that transaction sees.
 */
export async function channelConflictsFor(
  tx: Queryable,
  registration: ConflictSubject,
  asOf: Date,
): Promise<ChannelConflict[]> {
  const rows = await tx.query<{ doc: Deal }>(channelConflictCandidatesSql, [
    registration.id,
    registration.partnerId,
    registration.endCustomer.name,
    registration.endCustomer.domain,
  ]);
  const candidates = rows.map(({ doc }): ConflictCandidate => ({ kind: 'registration', ...doc }));
  return findChannelConflicts(registration, candidates, asOf);
}
