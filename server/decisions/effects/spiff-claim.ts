import { formatMoney } from '../../../shared/format/money';
import { grantedAmount } from '../../../shared/rules/partial-approval';
import type { Deal, Program, Request } from '../../../shared/schema';

/**
 * Units of the program's products on the partner's won deals closed in the program's period
 * (a won deal's `expectedCloseAt` is when it closed), from `validFrom` to `validTo`, both days
 * included.
 */
export function spiffUnitsWon(program: Program, partnerId: string, deals: Iterable<Deal>): number {
  const rule = program.spiff;
  if (!rule) return 0;
  const products = new Set(rule.productIds);
  let units = 0;
  for (const deal of deals) {
    if (deal.partnerId !== partnerId || deal.stage !== 'closed_won') continue;
    const closedOn = deal.expectedCloseAt.slice(0, 10);
    if (closedOn < program.validFrom || (program.validTo !== null && closedOn > program.validTo)) {
      continue;
    }
    for (const line of deal.lines) if (products.has(line.productId)) units += line.quantity;
  }
  return units;
}

/**
 * Why a SPIFF claim, as an approving step leaves it, cannot stand, or null: the program
 * (`subjectId`) must be a SPIFF program; the amount granted must be whole units of its amount
 * per unit, in its currency, no more than a rep may claim; and the units of this and the
 * partner's other approved claims on the program must not pass the units its won deals sold.
 * The payout owed to the rep is the claim's granted amount (`approvedAmount`, else `amount`).
 */
export function spiffClaimRefusal(
  claim: Request,
  program: Program | undefined,
  wonDeals: Iterable<Deal>,
  claims: Iterable<Request>,
): string | null {
  if (claim.status !== 'approved' && claim.status !== 'pending_approval') return null;
  const rule = program?.kind === 'spiff' ? program.spiff : null;
  if (!program || !rule) return `Claim ${claim.id} names ${claim.subjectId}, not a SPIFF program.`;
  const asked = grantedAmount(claim);
  const perUnit = rule.amountPerUnit;
  if (!asked || asked.amountMinor <= 0) return `Claim ${claim.id} names no amount to approve.`;
  if (asked.currency !== perUnit.currency) {
    return `The claim is in ${asked.currency} but ${program.name} pays in ${perUnit.currency}.`;
  }
  if (perUnit.amountMinor <= 0 || asked.amountMinor % perUnit.amountMinor !== 0) {
    return `The claim's ${formatMoney(asked, 'en')} is not a whole number of units at ${formatMoney(perUnit, 'en')} each.`;
  }
  const units = asked.amountMinor / perUnit.amountMinor;
  if (units > rule.maxUnitsPerRep) {
    return `The claim is for ${units} units; ${program.name} pays a rep for ${rule.maxUnitsPerRep} at most.`;
  }
  const won = spiffUnitsWon(program, claim.partnerId, wonDeals);
  let claimed = 0;
  for (const other of claims) {
    if (other.id === claim.id || other.type !== 'spiff_claim' || other.status !== 'approved') {
      continue;
    }
    if (other.subjectId !== program.id || other.partnerId !== claim.partnerId) continue;
    const amount = grantedAmount(other);
    if (amount?.currency === perUnit.currency)
      claimed += Math.floor(amount.amountMinor / perUnit.amountMinor);
  }
  if (claimed + units > won) {
    return `The partner's won deals in ${program.name}'s period sold ${won} units, ${claimed} already paid out or approved; ${units} more cannot be approved (${Math.max(0, won - claimed)} at most).`;
  }
  return null;
}
