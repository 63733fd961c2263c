import type { Decision } from '../../../shared/schema';

/** What the CAM sees of one of their decisions. */
export type DecisionState =
  | { state: 'waiting' }
  | { state: 'sending' }
  | { state: 'applied' }
  | { state: 'superseded'; by: string | null }
  | { state: 'rejected'; reason: string };

/**
 * A decision without an outcome is waiting while offline and sending while online; the store's
 * outcome, once it arrives, is final.
 */
export function decisionState(
  decision: Decision,
  online: boolean,
  deciderOf: (decisionId: string) => string | undefined,
): DecisionState {
  const { outcome } = decision;
  if (!outcome) return { state: online ? 'sending' : 'waiting' };
  switch (outcome.status) {
    case 'applied':
      return { state: 'applied' };
    case 'superseded':
      return {
        state: 'superseded',
        by: outcome.supersededBy ? (deciderOf(outcome.supersededBy) ?? null) : null,
      };
    case 'rejected':
      return { state: 'rejected', reason: outcome.reason ?? '' };
  }
}
