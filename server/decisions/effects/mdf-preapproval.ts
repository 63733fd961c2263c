import { formatMoney } from '../../../shared/format/money';
import { grantedAmount } from '../../../shared/rules/partial-approval';
import type { Fund, Request } from '../../../shared/schema';

/** The fund as a pre-approval leaves it, or why the approval cannot stand. */
export type FundEffect = { fund: Fund; refusal?: undefined } | { refusal: string };

/**
 * What a final approval of an MDF pre-approval does to the partner's fund: the amount granted
 * (a partial approval's `approvedAmount`, else what was asked) moves from the balance to the
 * reserve, in the fund's own currency. An amount the balance does not cover is refused whole
 * (the approver may grant less): the store never reserves what is not there. A rejection leaves
 * the fund alone.
 */
export function mdfPreapprovalEffect(fund: Fund, decided: Request): FundEffect | null {
  if (decided.status !== 'approved') return null;
  const amount = grantedAmount(decided);
  if (!amount || amount.amountMinor <= 0) {
    return { refusal: `Request ${decided.id} names no amount to pre-approve.` };
  }
  const { balance, reserved } = fund;
  if (amount.currency !== balance.currency || amount.currency !== reserved.currency) {
    return {
      refusal: `The pre-approval is in ${amount.currency} but fund ${fund.id} is in ${balance.currency}.`,
    };
  }
  if (amount.amountMinor > balance.amountMinor) {
    return {
      refusal: `The fund's balance of ${formatMoney(balance, 'en')} does not cover the ${formatMoney(amount, 'en')} pre-approval; reject it or wait for more funds.`,
    };
  }
  return {
    fund: {
      ...fund,
      reserved: { ...reserved, amountMinor: reserved.amountMinor + amount.amountMinor },
      balance: { ...balance, amountMinor: balance.amountMinor - amount.amountMinor },
    },
  };
}
