import { approvedAmountAfter, grantedAmount } from '../../../../shared/rules/partial-approval';
import {
  DEFAULT_PROTECTION_DAYS,
  type Deal,
  type Decision,
  type DecisionAction,
  type Fund,
  type Partner,
  type PartnerTier,
  type Request,
  type SpiffPayee,
  type UserRole,
} from '../../../../shared/schema';

type Money = NonNullable<Request['amount']>;

/** The request's subject as the client has it: the deal, the fund or the applying partner. */
export type EffectSubject = { deal?: Deal; fund?: Fund; partner?: Partner };

/**
 * What a decision does, in the words the panel shows. The same shapes describe what the CAM
 * may expect while the decision waits for the store (`expectedEffect`) and what the store's
 * outcome did (`storedEffect`), so the one replaces the other in place.
 */
export type DecisionEffect =
  | { kind: 'forwarded'; role: UserRole }
  | { kind: 'returned' }
  | { kind: 'protected'; until: string }
  | { kind: 'registration_rejected'; reason: NonNullable<Deal['rejectionReason']> }
  | { kind: 'authorization_issued'; authorizationId: string | null }
  | { kind: 'funds_reserved'; amount: Money; period: string; balanceAfter: Money }
  /** The balance does not cover the amount (or is in another currency): the store will refuse. */
  | { kind: 'funds_short'; amount: Money; balance: Money }
  | { kind: 'partner_activated'; tier: PartnerTier }
  | { kind: 'partner_declined' }
  /** A SPIFF claim's final approval: what it owes the rep it pays. */
  | { kind: 'payout_owed'; payee: SpiffPayee; amount: Money }
  /** A SPIFF claim that names no rep to pay: the store will refuse the approval. */
  | { kind: 'payee_missing' }
  | { kind: 'approved' }
  | { kind: 'rejected' }
  /** The subject is not on this device (yet): nothing precise can be said. */
  | { kind: 'subject_unknown' };

export type DecisionOnRequest = Pick<Decision, 'action' | 'stepIndex' | 'decidedAt' | 'amount'>;
type DecidedRequest = Pick<Request, 'type' | 'steps' | 'amount' | 'approvedAmount' | 'payee'>;

/** What the final approval grants: a partial approval's amount, else what is still asked. */
function granted(request: DecidedRequest, decision: DecisionOnRequest): Money | null {
  return grantedAmount({ ...request, approvedAmount: approvedAmountAfter(request, decision) });
}

const DAY_MS = 86_400_000;

/**
 * What the store will do when it applies this decision, worked out on the device at once. It
 * follows server/decisions/judge-decision.ts (an approval before the last step forwards the
 * request to the next step's role; a return asks the partner for information; any rejection
 * ends the request) and server/decisions/effects/* for the final approval's or the rejection's
 * effect on the subject. The store's own clock and data decide in the end; this is the
 * promise shown as waiting.
 */
export function expectedEffect(
  request: DecidedRequest,
  decision: DecisionOnRequest,
  subject: EffectSubject,
): DecisionEffect {
  const action: DecisionAction = decision.action;
  if (action === 'return_for_info') return { kind: 'returned' };
  const next = request.steps[decision.stepIndex + 1];
  if (action === 'approve' && next) return { kind: 'forwarded', role: next.role };
  if (action === 'reject') return rejectionEffect(request, subject);
  switch (request.type) {
    case 'deal_registration': {
      const until = Date.parse(decision.decidedAt) + DEFAULT_PROTECTION_DAYS * DAY_MS;
      return { kind: 'protected', until: new Date(until).toISOString() };
    }
    case 'special_pricing':
      return { kind: 'authorization_issued', authorizationId: null };
    case 'mdf_preapproval':
      return fundReservation(granted(request, decision), subject.fund);
    case 'partner_onboarding':
      return subject.partner
        ? { kind: 'partner_activated', tier: subject.partner.tier }
        : { kind: 'subject_unknown' };
    case 'spiff_claim': {
      const amount = granted(request, decision);
      if (!request.payee) return { kind: 'payee_missing' };
      return amount ? { kind: 'payout_owed', payee: request.payee, amount } : { kind: 'approved' };
    }
    case 'mdf_claim':
      return { kind: 'approved' };
  }
}

function rejectionEffect(request: DecidedRequest, subject: EffectSubject): DecisionEffect {
  switch (request.type) {
    case 'deal_registration':
      if (!subject.deal) return { kind: 'subject_unknown' };
      return {
        kind: 'registration_rejected',
        reason: subject.deal.conflictsWith.length > 0 ? 'channel_conflict' : 'other',
      };
    case 'partner_onboarding':
      return { kind: 'partner_declined' };
    default:
      return { kind: 'rejected' };
  }
}

function fundReservation(amount: Money | null, fund: Fund | undefined): DecisionEffect {
  if (!fund || !amount) return { kind: 'subject_unknown' };
  const { balance } = fund;
  if (amount.currency !== balance.currency || amount.amountMinor > balance.amountMinor) {
    return { kind: 'funds_short', amount, balance };
  }
  return {
    kind: 'funds_reserved',
    amount,
    period: fund.period,
    balanceAfter: { ...balance, amountMinor: balance.amountMinor - amount.amountMinor },
  };
}

/**
 * What the store's applied outcome (recorded at `recordedAt`) did, read from what replicated
 * back: the deal's protection end and authorisation id, the fund as the store left it, the
 * partner's tier. Where the changed subject has not arrived yet, what was expected stands in.
 */
export function storedEffect(
  request: DecidedRequest,
  decision: DecisionOnRequest,
  subject: EffectSubject,
  recordedAt: string,
): DecisionEffect {
  const expected = expectedEffect(request, decision, subject);
  const { deal, fund, partner } = subject;
  const amount = granted(request, decision);
  switch (expected.kind) {
    case 'protected':
      return deal?.protectionExpiresAt
        ? { kind: 'protected', until: deal.protectionExpiresAt }
        : expected;
    case 'registration_rejected':
      return deal?.rejectionReason
        ? { kind: 'registration_rejected', reason: deal.rejectionReason }
        : expected;
    case 'authorization_issued':
      return {
        kind: 'authorization_issued',
        authorizationId: deal?.specialPricing?.authorizationId ?? null,
      };
    case 'funds_reserved':
    case 'funds_short':
      // The fund as the store wrote it in the decision's transaction already shows the reserve.
      return fund && amount && fund.updatedAt >= recordedAt
        ? {
            kind: 'funds_reserved',
            amount,
            period: fund.period,
            balanceAfter: fund.balance,
          }
        : expected;
    case 'partner_activated':
      return partner ? { kind: 'partner_activated', tier: partner.tier } : expected;
    default:
      return expected;
  }
}
