import type { Static } from 'typebox';
import { formatMoney } from '../format/money';
import type { Decision, Request } from '../schema';
import type { Money } from '../schema/primitives';
import type { RequestType } from '../schema/vocabulary';

type Amount = Static<typeof Money>;

/** The request types whose approval may grant less than was asked. */
export const partiallyApprovableTypes: readonly RequestType[] = [
  'mdf_preapproval',
  'mdf_claim',
  'spiff_claim',
];

/** What an approval would grant so far: an earlier step's cut, else what was asked. */
export function stillAsked(request: Pick<Request, 'amount' | 'approvedAmount'>): Amount | null {
  return request.approvedAmount ?? request.amount;
}

/** What the request's approval grants (or granted): the approved amount, else the amount asked. */
export const grantedAmount = stillAsked;

/**
 * Why a decision's `amount` cannot stand, or null when it may: only an approval may name one,
 * only for a type that allows it, in the request's currency, above zero and not above what is
 * still asked (an earlier step may already have cut it). Shared by the store, which rejects such
 * a decision and changes nothing, and the client, which refuses before sending it.
 */
export function partialApprovalRefusal(
  request: Pick<Request, 'id' | 'type' | 'amount' | 'approvedAmount'>,
  decision: Pick<Decision, 'action' | 'amount'>,
): string | null {
  const amount = decision.amount;
  if (amount === null) return null;
  if (decision.action !== 'approve') {
    return 'Only an approval may name an amount; reject or return the request without one.';
  }
  if (!partiallyApprovableTypes.includes(request.type)) {
    return `A ${request.type.replaceAll('_', ' ')} request cannot be approved in part; approve or reject it whole.`;
  }
  const asked = stillAsked(request);
  if (!asked) return `Request ${request.id} asks for no amount to approve in part.`;
  if (amount.currency !== asked.currency) {
    return `The approved amount is in ${amount.currency} but request ${request.id} is in ${asked.currency}.`;
  }
  if (amount.amountMinor <= 0) {
    return 'An approved amount must be above zero; reject the request instead.';
  }
  if (amount.amountMinor > asked.amountMinor) {
    return `The approved amount of ${formatMoney(amount, 'en')} is more than the ${formatMoney(asked, 'en')} asked.`;
  }
  return null;
}

/**
 * The request's approved amount once this (accepted) decision is applied: a cut below what was
 * asked is kept, so a later step can only lower it further; the full amount keeps null.
 */
export function approvedAmountAfter(
  request: Pick<Request, 'amount' | 'approvedAmount'>,
  decision: Pick<Decision, 'action' | 'amount'>,
): Amount | null {
  if (decision.action !== 'approve' || decision.amount === null) return request.approvedAmount;
  const asked = request.amount;
  if (asked && decision.amount.amountMinor >= asked.amountMinor) return request.approvedAmount;
  return { ...decision.amount };
}
