import type { Partner, Program, Request } from '../../../shared/schema';

type OnboardingItem = Partner['onboarding'][number]['item'];

/** The partner as an onboarding decision leaves it, or what is missing for the approval. */
export type PartnerEffect = { partner: Partner; refusal?: undefined } | { refusal: string };

const itemNames: Record<OnboardingItem, string> = {
  agreement_signed: 'the signed partner agreement',
  nda_signed: 'the signed NDA',
  sales_training: 'the sales training',
  technical_training: 'the technical training',
  portal_access: 'portal access',
};

/**
 * What joining a tier takes: the agreement and the NDA signed, the sales training done, and the
 * technical training too where the tier program asks for certified people (its certifications
 * are earned through that training). With no tier program, or no rule for the tier, the
 * signatures and the sales training. Portal access is granted on approval, so not required.
 */
export function requiredOnboarding(partner: Partner, tierProgram: Program | undefined) {
  const rule = tierProgram?.tiers.find((tier) => tier.tier === partner.tier);
  const items: OnboardingItem[] = ['agreement_signed', 'nda_signed', 'sales_training'];
  if (rule && rule.requiredCertifications > 0) items.push('technical_training');
  return items;
}

/** The required items the partner's checklist does not show done, in the order required. */
export function missingOnboarding(partner: Partner, tierProgram: Program | undefined) {
  const done = new Set(
    partner.onboarding.filter((entry) => entry.doneAt !== null).map((entry) => entry.item),
  );
  return requiredOnboarding(partner, tierProgram).filter((item) => !done.has(item));
}

/**
 * What a final decision on an onboarding application does to the partner: an approval makes it
 * active in the tier it applied for (its `tier`), and is refused, naming what is missing, while
 * the checklist is incomplete. A rejection marks the partner terminated: of the partner
 * statuses, the one that says the relationship was not granted; the reason the partner reads
 * is the rejection's comment, kept in the request's history.
 */
export function partnerOnboardingEffect(
  partner: Partner,
  decided: Request,
  tierProgram: Program | undefined,
): PartnerEffect | null {
  if (decided.status === 'rejected') return { partner: { ...partner, status: 'terminated' } };
  if (decided.status !== 'approved') return null;
  const missing = missingOnboarding(partner, tierProgram);
  if (missing.length > 0) {
    return {
      refusal: `${partner.name} cannot join the ${partner.tier} tier yet: missing ${missing
        .map((item) => itemNames[item])
        .join(', ')}.`,
    };
  }
  return { partner: { ...partner, status: 'active' } };
}
