import type { DecisionAction } from '../schema';

/** Rejecting or returning a request tells the partner why (domain.md, "Reasons"). */
export const actionsNeedingReason: readonly DecisionAction[] = ['reject', 'return_for_info'];

/** True when `action` needs a reason the partner can read and `comment` gives none. */
export function lacksRequiredReason(action: DecisionAction, comment: string): boolean {
  return actionsNeedingReason.includes(action) && comment.trim() === '';
}
