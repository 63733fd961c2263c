import { partnerTiers, type PartnerTier } from '../schema/vocabulary';

/** What a partner's health is judged on, money already in one (the reporting) currency. */
export type HealthFacts = {
  tier: PartnerTier;
  /** Revenue of the last three months, and of the three before them. */
  revenueRecentMinor: number;
  revenuePriorMinor: number;
  /** Revenue of the last twelve months, for the tier it performs at. */
  revenueYearMinor: number;
  /** Registrations submitted in the last three months, and in the three before. */
  registrationsRecent: number;
  registrationsPrior: number;
  /** Of the last six months, those with a registration or a decided request. */
  activeMonths: number;
  contacts: number;
  certifiedContacts: number;
  mdfAllocatedMinor: number;
  mdfClaimedMinor: number;
};

/** A tier of the tier program, its revenue floor in the same currency as the facts. */
export type TierRequirement = {
  tier: PartnerTier;
  minRevenueMinor: number;
  requiredCertifications: number;
};

export const healthFactors = [
  'trend',
  'engagement',
  'certifications',
  'mdf_use',
  'registrations',
] as const;
export type HealthFactor = (typeof healthFactors)[number];

/** One factor's share of the score, and how it reads: good, worth watching, or poor. */
export type HealthReason = {
  factor: HealthFactor;
  points: number;
  maxPoints: number;
  signal: 'good' | 'watch' | 'poor';
  /** The figure behind it: a ratio (trend, certifications, MDF use) or a count. */
  value: number | null;
};

export type TierRecommendation = { tier: PartnerTier; direction: 'upgrade' | 'downgrade' };

export type HealthScore = {
  /** 0 to 100: the factors' points added up. */
  score: number;
  band: 'healthy' | 'watch' | 'at_risk';
  reasons: HealthReason[];
  /** The tier its performance earns when that is not the tier it holds; else null. */
  recommendation: TierRecommendation | null;
};

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function reason(
  factor: HealthFactor,
  points: number,
  maxPoints: number,
  value: number | null,
): HealthReason {
  const share = points / maxPoints;
  const signal = share >= 0.7 ? 'good' : share >= 0.4 ? 'watch' : 'poor';
  return { factor, points, maxPoints, signal, value };
}

function trend(facts: HealthFacts): HealthReason {
  const change = ratio(facts.revenueRecentMinor, facts.revenuePriorMinor);
  if (change === null) return reason('trend', facts.revenueRecentMinor > 0 ? 25 : 0, 25, null);
  const points = change >= 1.1 ? 25 : change >= 0.95 ? 18 : change >= 0.8 ? 10 : 0;
  return reason('trend', points, 25, change);
}

function engagement(facts: HealthFacts): HealthReason {
  const months = Math.min(6, Math.max(0, facts.activeMonths));
  return reason('engagement', Math.round((months / 6) * 20), 20, months);
}

function certifications(facts: HealthFacts): HealthReason {
  const coverage = ratio(facts.certifiedContacts, facts.contacts);
  if (coverage === null) return reason('certifications', 0, 20, null);
  const points = coverage >= 0.3 ? 20 : coverage >= 0.15 ? 12 : coverage > 0 ? 6 : 0;
  return reason('certifications', points, 20, coverage);
}

/** Funds neither used nor offered are no sign either way: half the points. */
function mdfUse(facts: HealthFacts): HealthReason {
  const use = ratio(facts.mdfClaimedMinor, facts.mdfAllocatedMinor);
  if (use === null) return reason('mdf_use', 8, 15, null);
  const points = use >= 0.5 ? 15 : use >= 0.25 ? 9 : 3;
  return reason('mdf_use', points, 15, use);
}

function registrations(facts: HealthFacts): HealthReason {
  const { registrationsRecent: recent, registrationsPrior: prior } = facts;
  const points = recent === 0 ? 0 : recent >= prior ? 20 : recent >= 0.7 * prior ? 14 : 8;
  return reason('registrations', points, 20, recent);
}

/** The highest tier whose revenue floor and certifications the partner meets. */
export function tierEarned(
  facts: Pick<HealthFacts, 'revenueYearMinor' | 'certifiedContacts'>,
  requirements: readonly TierRequirement[],
): PartnerTier {
  let earned: PartnerTier = partnerTiers[0];
  for (const requirement of requirements) {
    const meets =
      facts.revenueYearMinor >= requirement.minRevenueMinor &&
      facts.certifiedContacts >= requirement.requiredCertifications;
    if (meets && partnerTiers.indexOf(requirement.tier) > partnerTiers.indexOf(earned)) {
      earned = requirement.tier;
    }
  }
  return earned;
}

/**
 * A partner's health from 0 to 100 with the reason for every point: revenue trend (25),
 * engagement (20), certification coverage (20), MDF use (15) and registration activity (20);
 * and the tier its performance earns when that differs from the one it holds.
 */
export function healthScore(
  facts: HealthFacts,
  requirements: readonly TierRequirement[],
): HealthScore {
  const reasons = [
    trend(facts),
    engagement(facts),
    certifications(facts),
    mdfUse(facts),
    registrations(facts),
  ];
  const score = reasons.reduce((sum, part) => sum + part.points, 0);
  const band = score >= 70 ? 'healthy' : score >= 45 ? 'watch' : 'at_risk';
  const earned = requirements.length > 0 ? tierEarned(facts, requirements) : facts.tier;
  const held = partnerTiers.indexOf(facts.tier);
  const performs = partnerTiers.indexOf(earned);
  const recommendation: TierRecommendation | null =
    performs === held
      ? null
      : { tier: earned, direction: performs > held ? 'upgrade' : 'downgrade' };
  return { score, band, reasons, recommendation };
}
