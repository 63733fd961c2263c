import type { Static } from 'typebox';
import { formatMoney } from '../../../shared/format/money';
import { grantedAmount } from '../../../shared/rules/partial-approval';
import { payeeKey, payeeLabel } from '../../../shared/rules/spiff-payee';
import type { Deal, Program, Request } from '../../../shared/schema';
import type { Money } from '../../../shared/schema/primitives';

type Amount = Static<typeof Money>;

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

/** Whole units of the program's amount per unit a claim grants (0 in another currency). */
function unitsGranted(claim: Request, perUnit: Amount): number {
  const amount = grantedAmount(claim);
  return amount?.currency === perUnit.currency && perUnit.amountMinor > 0
    ? Math.floor(amount.amountMinor / perUnit.amountMinor)
    : 0;
}

/** The other approved claims on the program, besides `claim` itself. */
function otherApproved(claim: Request, program: Program, claims: Iterable<Request>): Request[] {
  const others: Request[] = [];
  for (const other of claims) {
    if (other.id === claim.id || other.type !== 'spiff_claim' || other.status !== 'approved') {
      continue;
    }
    if (other.subjectId === program.id) others.push(other);
  }
  return others;
}

/**
 * Why a SPIFF claim, as an approving step leaves it, cannot stand, or null: the program
 * (`subjectId`) must be a SPIFF program; the claim must name the rep it pays (`payee`); the
 * amount granted must be whole units of its amount per unit, in its currency; the units of
 * this and the rep's other approved claims on the program (the rep known by `payeeKey`, under
 * whichever partner) must not pass what the program pays a rep (`maxUnitsPerRep`); and the units
 * of this and the partner's other approved claims on the program must not pass the units its
 * won deals sold. The payout owed to the rep is the claim's granted amount (`approvedAmount`,
 * else `amount`): `spiffPayoutNote`.
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
  if (!claim.payee) {
    return `Claim ${claim.id} names no rep to pay; return it so the partner names the rep.`;
  }
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
  const others = otherApproved(claim, program, claims);
  const rep = payeeKey(claim.payee);
  let repClaimed = 0;
  for (const other of others) {
    if (other.payee && payeeKey(other.payee) === rep) repClaimed += unitsGranted(other, perUnit);
  }
  if (repClaimed + units > rule.maxUnitsPerRep) {
    const payee = payeeLabel(claim.payee);
    return repClaimed === 0
      ? `The claim is for ${units} units; ${program.name} pays a rep for ${rule.maxUnitsPerRep} at most.`
      : `${payee} has ${repClaimed} units approved in ${program.name} already; ${units} more would pass the ${rule.maxUnitsPerRep} it pays a rep (${Math.max(0, rule.maxUnitsPerRep - repClaimed)} at most).`;
  }
  const won = spiffUnitsWon(program, claim.partnerId, wonDeals);
  let claimed = 0;
  for (const other of others) {
    if (other.partnerId === claim.partnerId) claimed += unitsGranted(other, perUnit);
  }
  if (claimed + units > won) {
    return `The partner's won deals in ${program.name}'s period sold ${won} units, ${claimed} already paid out or approved; ${units} more cannot be approved (${Math.max(0, won - claimed)} at most).`;
  }
  return null;
}

/**
 * What a SPIFF claim's final approval records in its history: the payout owed and to whom.
 * Null for a claim not finally approved (or naming no rep, which is never approved).
 */
export function spiffPayoutNote(claim: Request): string | null {
  const owed = grantedAmount(claim);
  if (claim.type !== 'spiff_claim' || claim.status !== 'approved' || !claim.payee || !owed) {
    return null;
  }
  return `Payout owed to ${payeeLabel(claim.payee)}: ${formatMoney(owed, 'en')}`;
}
