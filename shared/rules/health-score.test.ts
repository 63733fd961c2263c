import { describe, expect, it } from 'vitest';
import {
  healthScore,
  tierEarned,
  type HealthFacts,
  type HealthFactor,
  type TierRequirement,
} from './health-score';

const requirements: TierRequirement[] = [
  { tier: 'registered', minRevenueMinor: 0, requiredCertifications: 0 },
  { tier: 'silver', minRevenueMinor: 100_000_00, requiredCertifications: 1 },
  { tier: 'gold', minRevenueMinor: 500_000_00, requiredCertifications: 3 },
  { tier: 'platinum', minRevenueMinor: 2_000_000_00, requiredCertifications: 6 },
];

/** A steady silver partner: flat revenue, busy, a fifth certified, half its MDF used. */
const steady: HealthFacts = {
  tier: 'silver',
  revenueRecentMinor: 30_000_00,
  revenuePriorMinor: 30_000_00,
  revenueYearMinor: 120_000_00,
  registrationsRecent: 6,
  registrationsPrior: 6,
  activeMonths: 6,
  contacts: 10,
  certifiedContacts: 2,
  mdfAllocatedMinor: 10_000_00,
  mdfClaimedMinor: 5_000_00,
};

const pointsOf = (facts: HealthFacts, factor: HealthFactor) =>
  healthScore(facts, requirements).reasons.find((reason) => reason.factor === factor)?.points;

describe('the points of each factor', () => {
  it.each([
    ['trend: growing 10 %', { revenueRecentMinor: 33_000_00 }, 'trend', 25],
    ['trend: flat', {}, 'trend', 18],
    ['trend: down 15 %', { revenueRecentMinor: 25_500_00 }, 'trend', 10],
    ['trend: down by half', { revenueRecentMinor: 15_000_00 }, 'trend', 0],
    ['trend: first revenue', { revenuePriorMinor: 0 }, 'trend', 25],
    ['trend: none at all', { revenuePriorMinor: 0, revenueRecentMinor: 0 }, 'trend', 0],
    ['engagement: every month', {}, 'engagement', 20],
    ['engagement: three of six', { activeMonths: 3 }, 'engagement', 10],
    ['engagement: none', { activeMonths: 0 }, 'engagement', 0],
    ['certifications: a third', { certifiedContacts: 4, contacts: 12 }, 'certifications', 20],
    ['certifications: a fifth', {}, 'certifications', 12],
    ['certifications: one of twenty', { certifiedContacts: 1, contacts: 20 }, 'certifications', 6],
    ['certifications: no contacts', { contacts: 0, certifiedContacts: 0 }, 'certifications', 0],
    ['MDF: half used', {}, 'mdf_use', 15],
    ['MDF: a tenth used', { mdfClaimedMinor: 1_000_00 }, 'mdf_use', 3],
    ['MDF: none offered', { mdfAllocatedMinor: 0, mdfClaimedMinor: 0 }, 'mdf_use', 8],
    ['registrations: as many', {}, 'registrations', 20],
    ['registrations: fewer', { registrationsRecent: 5 }, 'registrations', 14],
    ['registrations: far fewer', { registrationsRecent: 1 }, 'registrations', 8],
    ['registrations: none', { registrationsRecent: 0 }, 'registrations', 0],
  ] as const)('%s', (_case, overrides, factor, points) => {
    expect(pointsOf({ ...steady, ...overrides }, factor)).toBe(points);
  });
});

describe('the score, its band and the reasons', () => {
  it.each([
    ['steady', {}, 85, 'healthy'],
    [
      'slipping',
      { revenueRecentMinor: 25_500_00, activeMonths: 3, registrationsRecent: 5 },
      61,
      'watch',
    ],
    [
      'dormant',
      { revenueRecentMinor: 0, activeMonths: 0, registrationsRecent: 0, certifiedContacts: 0 },
      15,
      'at_risk',
    ],
  ] as const)('%s: %d, %s', (_case, overrides, score, band) => {
    const health = healthScore({ ...steady, ...overrides }, requirements);
    expect([health.score, health.band]).toEqual([score, band]);
    expect(health.reasons.map((reason) => reason.factor)).toEqual([
      'trend',
      'engagement',
      'certifications',
      'mdf_use',
      'registrations',
    ]);
  });

  it('says which factors are good and which poor', () => {
    const health = healthScore({ ...steady, activeMonths: 1, mdfClaimedMinor: 0 }, requirements);
    expect(
      Object.fromEntries(health.reasons.map((reason) => [reason.factor, reason.signal])),
    ).toEqual({
      trend: 'good',
      engagement: 'poor',
      certifications: 'watch',
      mdf_use: 'poor',
      registrations: 'good',
    });
  });
});

describe('the tier its performance earns', () => {
  it.each([
    ['silver performing as silver', {}, null],
    [
      'silver with gold revenue and certifications',
      { revenueYearMinor: 600_000_00, certifiedContacts: 3 },
      { tier: 'gold', direction: 'upgrade' },
    ],
    [
      'gold revenue without the certifications stays silver',
      { revenueYearMinor: 600_000_00, certifiedContacts: 2 },
      null,
    ],
    [
      'platinum revenue, gold certifications',
      { revenueYearMinor: 3_000_000_00, certifiedContacts: 4 },
      { tier: 'gold', direction: 'upgrade' },
    ],
    [
      'silver below the silver floor',
      { revenueYearMinor: 99_999_99 },
      { tier: 'registered', direction: 'downgrade' },
    ],
    ['gold earning silver', { tier: 'gold' }, { tier: 'silver', direction: 'downgrade' }],
  ] as const)('%s', (_case, overrides, recommendation) => {
    expect(healthScore({ ...steady, ...overrides }, requirements).recommendation).toEqual(
      recommendation,
    );
  });

  it('without a tier program, recommends nothing', () => {
    expect(healthScore({ ...steady, revenueYearMinor: 0 }, []).recommendation).toBeNull();
    expect(tierEarned({ revenueYearMinor: 0, certifiedContacts: 0 }, [])).toBe('registered');
  });
});
