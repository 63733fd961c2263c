import type { Partner, PartnerTier, RequestType, User, UserRole } from '../../shared/schema';
import { routeRequest, workflowFor, type RoutingFacts } from '../workflow/route';
import { standardWorkflowV1 } from '../workflow/standard-definition';
import { coverers } from './staff';

export {
  MDF_PREAPPROVAL_MANAGER_THRESHOLD_USD,
  registrationManagerThresholdUsd,
  SPIFF_FINANCE_THRESHOLD_USD,
} from '../workflow/standard-definition';

/**
 * The seed routes every generated request by the definition the store judges it by (version 1
 * of the standard workflow, server/workflow/standard-definition.ts), so the two cannot drift.
 * Amounts are US dollars at the demo rates, the definition's base currency.
 */
export const seedWorkflow = standardWorkflowV1;

/** Hours each step has before it is overdue: the first step's (every step of a type has the same). */
export const slaHours = Object.fromEntries(
  standardWorkflowV1.requestTypes.map((workflow) => [
    workflow.type,
    workflowFor(standardWorkflowV1, workflow.type).steps[0]?.slaHours ?? 72,
  ]),
) as Record<RequestType, number>;

type SeedFacts = Partial<Omit<RoutingFacts, 'type' | 'amountBaseMinor'>> & { amountUsd?: number };

/** The roles of the chain; region and partner type are neutral: version 1 routes by neither. */
function rolesFor(type: RequestType, facts: SeedFacts): UserRole[] {
  return routeRequest(seedWorkflow, {
    type,
    amountBaseMinor: facts.amountUsd === undefined ? null : Math.round(facts.amountUsd * 100),
    discountPercent: facts.discountPercent ?? null,
    tier: facts.tier ?? 'registered',
    region: facts.region ?? '',
    partnerType: facts.partnerType ?? 'reseller',
    pricingInvolved: facts.pricingInvolved ?? false,
  }).map((step) => step.role);
}

/** CAM, then the regional manager above the tier's threshold, then deal desk when priced. */
export function routeDealRegistration(deal: {
  amountUsd: number;
  tier: PartnerTier;
  pricingInvolved: boolean;
}): UserRole[] {
  return rolesFor('deal_registration', deal);
}

/**
 * Up the authority matrix to the first level whose authority covers both the discount and the
 * amount (before the workflow was data, the amount was left out: a CAM was the last step for
 * 8 % on USD 106,000 although a CAM's authority ends at USD 50,000).
 */
export function routeSpecialPricing(discountPercent: number, amountUsd: number): UserRole[] {
  return rolesFor('special_pricing', { discountPercent, amountUsd });
}

export function routeMdfPreapproval(amountUsd: number): UserRole[] {
  return rolesFor('mdf_preapproval', { amountUsd });
}

/** The CAM checks the proof of performance; finance approves the payment. */
export function routeMdfClaim(): UserRole[] {
  return rolesFor('mdf_claim', {});
}

export function routeSpiffClaim(amountUsd: number): UserRole[] {
  return rolesFor('spiff_claim', { amountUsd });
}

export function routeOnboarding(): UserRole[] {
  return rolesFor('partner_onboarding', {});
}

/**
 * Who holds `role` for this partner: the account owner for the CAM step (or a CAM of the
 * territory, chosen by partner so the same partner always lands with the same CAM), otherwise
 * the first person covering the territory in that role.
 */
export function assigneeFor(role: UserRole, partner: Partner, users: readonly User[]): string {
  const holders = coverers(users, partner.territoryId, role);
  if (role === 'cam' && partner.accountOwnerId) return partner.accountOwnerId;
  const number = Number(partner.id.replace(/\D/g, '')) || 0;
  const holder = role === 'cam' ? holders[number % holders.length] : holders[0];
  if (!holder) throw new Error(`Nobody holds ${role} for ${partner.territoryId}`);
  return holder.id;
}

export const roleLabels: Record<UserRole, string> = {
  cam: 'CAM',
  regional_manager: 'regional manager',
  director: 'director',
  finance: 'finance',
  deal_desk: 'deal desk',
};
