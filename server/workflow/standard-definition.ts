import type {
  AuthorityLimit,
  PartnerTier,
  RoutingClause,
  WorkflowDefinition,
  WorkflowStep,
} from '../../shared/schema';
import { STANDARD_WORKFLOW_ID } from '../../shared/schema';

/**
 * Version 1 of the standard workflow: the rules the seed routed by before definitions were data
 * (docs/workflow.md). Amounts are US cents: the base currency is USD.
 */

const dollars = (amount: number) => amount * 100;

/** The domain's matrix (domain.md), with the deal size each role may approve alone. */
export const standardAuthority: readonly AuthorityLimit[] = [
  { role: 'cam', maxDiscountPercent: 10, maxAmountMinor: dollars(50_000) },
  { role: 'regional_manager', maxDiscountPercent: 20, maxAmountMinor: dollars(250_000) },
  { role: 'director', maxDiscountPercent: 30, maxAmountMinor: dollars(1_000_000) },
  { role: 'finance', maxDiscountPercent: 100, maxAmountMinor: null },
];

/** Above this size a deal registration also needs the regional manager; bigger for top tiers. */
export const registrationManagerThresholdUsd: Record<PartnerTier, number> = {
  registered: 25_000,
  silver: 50_000,
  gold: 100_000,
  platinum: 250_000,
};

export const MDF_PREAPPROVAL_MANAGER_THRESHOLD_USD = 10_000;
export const SPIFF_FINANCE_THRESHOLD_USD = 2_500;

/**
 * Up the matrix, one level at a time: each level is included when the discount or the amount is
 * beyond the level below it, so the chain always ends with someone whose authority covers both.
 */
export function escalationSteps(
  authority: readonly AuthorityLimit[],
  slaHours: number,
): WorkflowStep[] {
  return authority.map((limit, index) => {
    const below = authority[index - 1];
    const when: RoutingClause[] = below
      ? [
          { discountAbovePercent: below.maxDiscountPercent },
          ...(below.maxAmountMinor === null ? [] : [{ amountAboveMinor: below.maxAmountMinor }]),
        ]
      : [];
    return { role: limit.role, slaHours, when };
  });
}

const always: RoutingClause[] = [];

export const standardWorkflowV1: WorkflowDefinition = {
  id: STANDARD_WORKFLOW_ID,
  version: 1,
  name: 'Standard approval workflow',
  baseCurrency: 'USD',
  publishedAt: '2025-01-01T00:00:00.000Z',
  requestTypes: [
    {
      type: 'deal_registration',
      checksAuthority: false,
      steps: [
        { role: 'cam', slaHours: 48, when: always },
        {
          role: 'regional_manager',
          slaHours: 48,
          when: Object.entries(registrationManagerThresholdUsd).map(([tier, usd]) => ({
            tierIn: [tier as PartnerTier],
            amountAboveMinor: dollars(usd),
          })),
        },
        { role: 'deal_desk', slaHours: 48, when: [{ pricingInvolved: true }] },
      ],
    },
    {
      type: 'special_pricing',
      checksAuthority: true,
      steps: escalationSteps(standardAuthority, 24),
    },
    {
      type: 'mdf_preapproval',
      checksAuthority: false,
      steps: [
        { role: 'cam', slaHours: 72, when: always },
        {
          role: 'regional_manager',
          slaHours: 72,
          when: [{ amountAboveMinor: dollars(MDF_PREAPPROVAL_MANAGER_THRESHOLD_USD) }],
        },
      ],
    },
    {
      // The CAM checks the proof of performance; finance approves the payment.
      type: 'mdf_claim',
      checksAuthority: false,
      steps: [
        { role: 'cam', slaHours: 72, when: always },
        { role: 'finance', slaHours: 72, when: always },
      ],
    },
    {
      type: 'spiff_claim',
      checksAuthority: false,
      steps: [
        { role: 'cam', slaHours: 72, when: always },
        {
          role: 'finance',
          slaHours: 72,
          when: [{ amountAboveMinor: dollars(SPIFF_FINANCE_THRESHOLD_USD) }],
        },
      ],
    },
    {
      type: 'partner_onboarding',
      checksAuthority: false,
      steps: [{ role: 'cam', slaHours: 72, when: always }],
    },
  ],
  authority: [...standardAuthority],
};
