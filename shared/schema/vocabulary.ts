/** Words of the domain used by more than one entity (../shared/design/domain.md). */

export const partnerTiers = ['registered', 'silver', 'gold', 'platinum'] as const;
export type PartnerTier = (typeof partnerTiers)[number];

/** Vendor staff roles, lowest authority first. */
export const userRoles = ['cam', 'regional_manager', 'director', 'finance', 'deal_desk'] as const;
export type UserRole = (typeof userRoles)[number];

export const requestTypes = [
  'deal_registration',
  'special_pricing',
  'mdf_preapproval',
  'mdf_claim',
  'spiff_claim',
  'partner_onboarding',
] as const;
export type RequestType = (typeof requestTypes)[number];

export const decisionActions = ['approve', 'reject', 'return_for_info'] as const;
export type DecisionAction = (typeof decisionActions)[number];
