import type { Partner, PartnerTier, RequestType, User, UserRole } from '../../shared/schema';
import { discountAuthority } from './catalog';
import { coverers } from './staff';

/**
 * The routing rules every generated request follows, written once so the server's authority
 * checks can be held to the same rules. Amounts are compared in US dollars at the demo rates.
 */

/** Hours each step has before it is overdue (the domain's 24 to 72 hours per step). */
export const slaHours: Record<RequestType, number> = {
  deal_registration: 48,
  special_pricing: 24,
  mdf_preapproval: 72,
  mdf_claim: 72,
  spiff_claim: 72,
  partner_onboarding: 72,
};

/** Above this size a deal registration also needs the regional manager; bigger for top tiers. */
export const registrationManagerThresholdUsd: Record<PartnerTier, number> = {
  registered: 25_000,
  silver: 50_000,
  gold: 100_000,
  platinum: 250_000,
};

export const MDF_PREAPPROVAL_MANAGER_THRESHOLD_USD = 10_000;
export const SPIFF_FINANCE_THRESHOLD_USD = 2_500;

/** CAM, then the regional manager above the tier's threshold, then deal desk when priced. */
export function routeDealRegistration(deal: {
  amountUsd: number;
  tier: PartnerTier;
  pricingInvolved: boolean;
}): UserRole[] {
  const roles: UserRole[] = ['cam'];
  if (deal.amountUsd > registrationManagerThresholdUsd[deal.tier]) roles.push('regional_manager');
  if (deal.pricingInvolved) roles.push('deal_desk');
  return roles;
}

/** Every level of the authority matrix up to the first whose limit covers the discount. */
export function routeSpecialPricing(discountPercent: number): UserRole[] {
  const roles: UserRole[] = [];
  for (const rule of discountAuthority) {
    roles.push(rule.role);
    if (discountPercent <= rule.maxDiscountPercent) break;
  }
  return roles;
}

export function routeMdfPreapproval(amountUsd: number): UserRole[] {
  return amountUsd > MDF_PREAPPROVAL_MANAGER_THRESHOLD_USD ? ['cam', 'regional_manager'] : ['cam'];
}

/** The CAM checks the proof of performance; finance approves the payment. */
export function routeMdfClaim(): UserRole[] {
  return ['cam', 'finance'];
}

export function routeSpiffClaim(amountUsd: number): UserRole[] {
  return amountUsd > SPIFF_FINANCE_THRESHOLD_USD ? ['cam', 'finance'] : ['cam'];
}

export function routeOnboarding(): UserRole[] {
  return ['cam'];
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
