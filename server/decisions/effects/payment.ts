import type { Static } from 'typebox';
import { formatMoney } from '../../../shared/format/money';
import { grantedAmount } from '../../../shared/rules/partial-approval';
import { payeeLabel } from '../../../shared/rules/spiff-payee';
import type { Fund, Request } from '../../../shared/schema';
import type { Money } from '../../../shared/schema/primitives';

type Amount = Static<typeof Money>;

/** What finance reports: the reference in its system, and the amount when it names one. */
export type PaymentReport = { reference: string; amount: Amount | null };

export type PaymentOutcome =
  /** Recorded now: the claim with its payment and `paid` event, and the fund it debits (MDF). */
  | { recorded: true; request: Request; fund: Fund | null; refusal?: undefined }
  /** Already recorded under this reference: the same report again changes nothing. */
  | { recorded: false; request: Request; fund?: undefined; refusal?: undefined }
  | { refusal: string; recorded?: undefined; request?: undefined; fund?: undefined };

/**
 * Records finance's payment of an approved MDF or SPIFF claim: the whole amount granted (a
 * payment of another amount is refused; the claim's approval fixed what is owed). An MDF claim's
 * payment moves that amount from the fund's `reserved` to `paid`; the balance (allocated +
 * accrued - reserved - paid) was debited when the pre-approval reserved it and stays as it is.
 * A SPIFF payout is owed to the partner's rep (`payee`, whom the `paid` event names) and touches
 * no fund. Idempotent by reference.
 */
export function recordPayment(
  claim: Request,
  fund: Fund | undefined,
  report: PaymentReport,
  payerId: string,
  at: Date,
): PaymentOutcome {
  if (claim.type !== 'mdf_claim' && claim.type !== 'spiff_claim') {
    return {
      refusal: `Request ${claim.id} is a ${claim.type.replaceAll('_', ' ')}, not a claim to pay.`,
    };
  }
  if (claim.payment) {
    return claim.payment.reference === report.reference
      ? { recorded: false, request: claim }
      : {
          refusal: `Claim ${claim.id} was already paid under reference ${claim.payment.reference}.`,
        };
  }
  if (claim.status !== 'approved') {
    return {
      refusal: `Claim ${claim.id} is ${claim.status.replaceAll('_', ' ')}; only an approved claim can be paid.`,
    };
  }
  const owed = grantedAmount(claim);
  if (!owed || owed.amountMinor <= 0) return { refusal: `Claim ${claim.id} grants no amount.` };
  const amount = report.amount ?? owed;
  if (amount.currency !== owed.currency || amount.amountMinor !== owed.amountMinor) {
    return {
      refusal: `Claim ${claim.id} was approved for ${formatMoney(owed, 'en')}; a payment of ${formatMoney(amount, 'en')} does not settle it.`,
    };
  }
  let debited: Fund | null = null;
  if (claim.type === 'mdf_claim') {
    if (!fund || fund.id !== claim.subjectId || fund.partnerId !== claim.partnerId) {
      return {
        refusal: `The fund ${claim.subjectId} that claim ${claim.id} draws on is not in the store.`,
      };
    }
    const { reserved, paid } = fund;
    if (reserved.currency !== owed.currency || paid.currency !== owed.currency) {
      return {
        refusal: `The claim is in ${owed.currency} but fund ${fund.id} is in ${reserved.currency}.`,
      };
    }
    if (reserved.amountMinor < owed.amountMinor) {
      return {
        refusal: `Fund ${fund.id} has ${formatMoney(reserved, 'en')} reserved, less than the ${formatMoney(owed, 'en')} to pay.`,
      };
    }
    debited = {
      ...fund,
      reserved: { ...reserved, amountMinor: reserved.amountMinor - owed.amountMinor },
      paid: { ...paid, amountMinor: paid.amountMinor + owed.amountMinor },
    };
  }
  const paidAt = at.toISOString();
  return {
    recorded: true,
    fund: debited,
    request: {
      ...claim,
      payment: { amount: { ...owed }, paidAt, paidBy: payerId, reference: report.reference },
      history: [
        ...claim.history,
        {
          at: paidAt,
          actorId: payerId,
          action: 'paid',
          note: `Paid ${formatMoney(owed, 'en')}${claim.payee ? ` to ${payeeLabel(claim.payee)}` : ''}, reference ${report.reference}`,
        },
      ],
    },
  };
}
