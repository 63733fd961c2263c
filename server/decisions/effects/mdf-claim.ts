import type { Static } from 'typebox';
import { formatMoney } from '../../../shared/format/money';
import { grantedAmount } from '../../../shared/rules/partial-approval';
import type { Request } from '../../../shared/schema';
import type { Money } from '../../../shared/schema/primitives';

type Amount = Static<typeof Money>;

/**
 * What is left of a pre-approval for claims: what it granted (its approved amount, else what it
 * asked) minus what the other approved claims against it were granted. Claims in another
 * currency than the pre-approval's are never approved, so they are not counted.
 */
export function remainingOnPreapproval(
  preapproval: Request,
  claims: Iterable<Request>,
  exceptClaimId: string,
): Amount | null {
  const granted = grantedAmount(preapproval);
  if (!granted) return null;
  let claimed = 0;
  for (const claim of claims) {
    if (claim.id === exceptClaimId || claim.type !== 'mdf_claim') continue;
    if (claim.relatedRequestId !== preapproval.id || claim.status !== 'approved') continue;
    const amount = grantedAmount(claim);
    if (amount?.currency === granted.currency) claimed += amount.amountMinor;
  }
  return { amountMinor: granted.amountMinor - claimed, currency: granted.currency };
}

/**
 * Why an MDF claim, as an approving step leaves it (forwarded or finally approved), cannot stand:
 * it quotes no approved pre-approval of the same partner and fund, or it grants more than the
 * pre-approval has left. A claim stored before claims quoted their pre-approval
 * (`relatedRequestId` null) may be forwarded, so the CAM can check its proof, but never finally
 * approved. Null when it may stand. Money moves only when it is paid (payment.ts).
 */
export function mdfClaimRefusal(
  claim: Request,
  preapprovals: ReadonlyMap<string, Request>,
  claims: Iterable<Request>,
): string | null {
  if (claim.status !== 'approved' && claim.status !== 'pending_approval') return null;
  if (claim.relatedRequestId === null) {
    return claim.status === 'approved'
      ? `Claim ${claim.id} quotes no pre-approval, so the store cannot tell what it may claim; it cannot be approved.`
      : null;
  }
  const preapproval = preapprovals.get(claim.relatedRequestId);
  if (
    !preapproval ||
    preapproval.type !== 'mdf_preapproval' ||
    preapproval.partnerId !== claim.partnerId ||
    preapproval.subjectId !== claim.subjectId
  ) {
    return `Claim ${claim.id} quotes ${claim.relatedRequestId}, which is not a pre-approval of the same partner and fund.`;
  }
  if (preapproval.status !== 'approved') {
    return `Pre-approval ${preapproval.id} is ${preapproval.status.replaceAll('_', ' ')}, not approved; nothing can be claimed against it.`;
  }
  const asked = grantedAmount(claim);
  const remaining = remainingOnPreapproval(preapproval, claims, claim.id);
  if (!asked || !remaining || asked.amountMinor <= 0) {
    return `Claim ${claim.id} names no amount to approve.`;
  }
  if (asked.currency !== remaining.currency) {
    return `The claim is in ${asked.currency} but pre-approval ${preapproval.id} is in ${remaining.currency}.`;
  }
  if (asked.amountMinor > remaining.amountMinor) {
    return `The claim's ${formatMoney(asked, 'en')} is more than the ${formatMoney(remaining, 'en')} left on pre-approval ${preapproval.id}; approve ${formatMoney({ ...remaining, amountMinor: Math.max(0, remaining.amountMinor) }, 'en')} at most.`;
  }
  return null;
}
