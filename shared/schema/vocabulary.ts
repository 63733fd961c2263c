/** Words of the domain used by more than one entity (../shared/design/domain.md). */

export const partnerTiers = ['registered', 'silver', 'gold', 'platinum'] as const;
export type PartnerTier = (typeof partnerTiers)[number];

export const partnerTypes = ['reseller', 'distributor', 'msp', 'referral'] as const;
export type PartnerType = (typeof partnerTypes)[number];

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

/**
 * Where a partner's request stands in its workflow. A deal registration carries the status of
 * its registration request (deal.ts adds the draft before it). Which statuses are open, and
 * which wait for a decision, is shared/rules/request-status.ts.
 */
export const requestStatuses = [
  'submitted',
  'under_review',
  'info_requested',
  'pending_approval',
  'approved',
  'rejected',
  'withdrawn',
  'expired',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** What vendor staff may do with the step of a request waiting for them. */
export const decisionActions = ['approve', 'reject', 'return_for_info'] as const;
export type DecisionAction = (typeof decisionActions)[number];

/** What the central store made of a decision (one outcome per decision). */
export const outcomeStatuses = ['applied', 'superseded', 'rejected'] as const;
export type OutcomeStatus = (typeof outcomeStatuses)[number];

/** What the central store made of a note a CAM pushed: kept as an activity, or refused. */
export const noteOutcomeStatuses = ['accepted', 'refused'] as const;
export type NoteOutcomeStatus = (typeof noteOutcomeStatuses)[number];
