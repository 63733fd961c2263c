import type { Decision } from '../../../../shared/schema';
import type { InboxEntry } from './inbox-entry';

/**
 * My decision for each listed request, computed once per change above the rows (each row only
 * reads the map). A decision counts for a request when it is for the step now waiting and was
 * made in the current round (a request returned for information and resubmitted waits at the
 * same step again); the latest such decision wins. `decisions` are only mine still waiting for
 * the store's answer plus those the store refused, which the CAM may decide again.
 */
export function myDecisionByRequest(
  decisions: readonly Decision[],
  entriesById: ReadonlyMap<string, InboxEntry>,
): Map<string, Decision> {
  const mine = new Map<string, Decision>();
  for (const decision of decisions) {
    const entry = entriesById.get(decision.requestId);
    if (!entry) continue;
    if (decision.stepIndex !== entry.currentStep || decision.decidedAt < entry.roundStartedAt)
      continue;
    const known = mine.get(decision.requestId);
    if (!known || decision.decidedAt > known.decidedAt) mine.set(decision.requestId, decision);
  }
  return mine;
}

/** A request can be decided when I have no decision for it, or the store refused mine. */
export function canDecide(decision: Decision | undefined): boolean {
  return !decision || decision.outcome?.status === 'rejected';
}
