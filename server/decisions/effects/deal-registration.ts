import { DEFAULT_PROTECTION_DAYS, type Deal, type Request } from '../../../shared/schema';

const DAY_MS = 86_400_000;

/**
 * What a decision on a deal-registration request does to its deal. The deal carries its
 * request's status at every step (server/seed/integrity.ts checks it), so an approval that
 * forwards the request leaves the deal pending approval, a return leaves it info requested.
 * The final approval starts the protection period; a rejection names its reason.
 *
 * The reason vocabulary is the deal's: `channel_conflict` when the deal lists conflicting
 * registrations or opportunities (the checks flagged them to the CAM, so they are why),
 * otherwise `other`; the CAM's own words stay in the request's history, which is what the
 * partner reads. The decision carries no reason code, so nothing finer can be told apart
 * without guessing from free text.
 *
 * An extension (a registration request that follows the approved one, `relatedRequestId`;
 * docs/intake-api.md) leaves the deal as it is until it is approved, which restarts the
 * protection from the decision: rejected, returned, withdrawn or expired, the deal keeps its
 * approval and the protection the original gave it. Answers the same deal when nothing changes.
 */
export function dealRegistrationEffect(
  deal: Deal,
  decided: Request,
  at: Date,
  protectionDays: number = DEFAULT_PROTECTION_DAYS,
): Deal {
  if (decided.relatedRequestId !== null) {
    if (decided.status !== 'approved') return deal;
    return {
      ...deal,
      protectionExpiresAt: new Date(at.getTime() + protectionDays * DAY_MS).toISOString(),
    };
  }
  const carried = { ...deal, registrationStatus: decided.status };
  switch (decided.status) {
    case 'approved':
      return {
        ...carried,
        rejectionReason: null,
        protectionExpiresAt: new Date(at.getTime() + protectionDays * DAY_MS).toISOString(),
      };
    case 'rejected':
      return {
        ...carried,
        rejectionReason: deal.conflictsWith.length > 0 ? 'channel_conflict' : 'other',
        protectionExpiresAt: null,
      };
    default:
      return carried;
  }
}
