import { grantedAmount } from '../../../../shared/rules/partial-approval';
import { isOpenRequest } from '../../../../shared/rules/request-status';
import type { Request, RequestPayment, SpiffPayee } from '../../../../shared/schema';

type Money = NonNullable<Request['amount']>;

/**
 * What the panel says of a SPIFF claim's payout, as the store judges it
 * (server/decisions/effects/spiff-claim.ts, payment.ts): owed to the rep once approved, owed
 * now, paid; nothing owed once the claim was rejected or withdrawn; and a claim naming no rep
 * (stored before claims named one), which the store will not approve.
 */
export type SpiffPayout =
  | { kind: 'no_rep' }
  | { kind: 'owed_on_approval'; payee: SpiffPayee; amount: Money }
  | { kind: 'owed'; payee: SpiffPayee; amount: Money }
  | { kind: 'paid'; payee: SpiffPayee; payment: RequestPayment }
  | { kind: 'none_owed'; payee: SpiffPayee };

export function spiffPayout(
  claim: Pick<Request, 'status' | 'payee' | 'amount' | 'approvedAmount' | 'payment'>,
): SpiffPayout {
  const { payee, payment } = claim;
  if (!payee) return { kind: 'no_rep' };
  if (payment) return { kind: 'paid', payee, payment };
  const amount = grantedAmount(claim);
  if (!amount) return { kind: 'none_owed', payee };
  if (claim.status === 'approved') return { kind: 'owed', payee, amount };
  return isOpenRequest(claim.status)
    ? { kind: 'owed_on_approval', payee, amount }
    : { kind: 'none_owed', payee };
}
