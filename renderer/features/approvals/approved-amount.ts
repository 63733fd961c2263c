import { currencyDigits } from '../../../shared/format/money';
import { partiallyApprovableTypes, stillAsked } from '../../../shared/rules/partial-approval';
import type { Decision } from '../../../shared/schema';
import type { DecisionTarget } from './record-decision';

/** Whether the CAM may approve less than is asked for this request (MDF and SPIFF). */
export function mayApproveInPart(request: DecisionTarget): boolean {
  return partiallyApprovableTypes.includes(request.type) && stillAsked(request) !== null;
}

/**
 * The approval's amount from what the CAM typed, in the request's currency: blank, or the whole
 * amount still asked, approves it whole (null); a number with at most the currency's decimals
 * (a comma or a point) is that amount; anything else is 'invalid'. Whether the amount may stand
 * (above zero, not above what is asked) is partialApprovalRefusal's to say, as in the store.
 */
export function approvedAmountFrom(
  typed: string,
  request: DecisionTarget,
): Decision['amount'] | 'invalid' {
  const asked = stillAsked(request);
  const text = typed.trim().replace(/[\s\u00a0]/g, '');
  if (text === '' || !asked) return null;
  const digits = currencyDigits(asked.currency);
  const match = /^(\d{1,13})(?:[.,](\d+))?$/.exec(text);
  if (!match) return 'invalid';
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > digits) return 'invalid';
  const amountMinor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(amountMinor)) return 'invalid';
  if (amountMinor === asked.amountMinor) return null;
  return { amountMinor, currency: asked.currency };
}
