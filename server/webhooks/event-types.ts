import { requestEvents, type DecisionAction } from '../../shared/schema';

/**
 * The events a webhook subscription can receive (docs/webhooks.md): one per entry a request's
 * history gains. A decision is named by what it did: `step_approved` moved the request to its
 * next step, `approved` was the final approval.
 */
export const webhookEventTypes = [
  'request.submitted',
  'request.resubmitted',
  'request.routed',
  'request.auto_approved',
  'request.step_approved',
  'request.approved',
  'request.rejected',
  'request.returned',
  'request.withdrawn',
  'request.escalated',
  'request.reassigned',
  'request.extension_requested',
  'request.extended',
  'request.paid',
  'request.expired',
  'request.comment',
] as const;

export type WebhookEventType = (typeof webhookEventTypes)[number];

type HistoryAction = DecisionAction | (typeof requestEvents)[number];

const decisionEventType: Record<DecisionAction, WebhookEventType> = {
  approve: 'request.step_approved',
  reject: 'request.rejected',
  return_for_info: 'request.returned',
};

const known: ReadonlySet<string> = new Set(webhookEventTypes);

/**
 * The event type of a history entry, given the request's status right after it. An action the
 * store does not know (written by a newer version) has none and is never delivered.
 */
export function webhookEventType(
  action: string,
  statusAfter: string,
): WebhookEventType | undefined {
  if (action === 'approve') {
    return statusAfter === 'approved' ? 'request.approved' : decisionEventType.approve;
  }
  if (Object.hasOwn(decisionEventType, action)) {
    return decisionEventType[action as DecisionAction];
  }
  const type = `request.${action}`;
  return known.has(type) ? (type as WebhookEventType) : undefined;
}

/** Every history action has an event type (checked by the tests over the vocabulary). */
export const historyActions: readonly HistoryAction[] = [
  ...(Object.keys(decisionEventType) as DecisionAction[]),
  ...requestEvents,
];
