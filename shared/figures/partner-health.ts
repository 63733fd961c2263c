import {
  healthScore,
  type HealthFacts,
  type HealthScore,
  type TierRequirement,
} from '../rules/health-score';
import { convertMoney } from '../rules/money';
import { monthNumber } from '../rules/territory-rollup';
import type { Partner, PartnerRollup, Program, TerritoryRollup } from '../schema';
import type { MonthRange } from './dashboard-period';
import { sumOver } from './partner-figures';
import { addTo, bucketTotal, type MoneyBucket, type Reporting } from './reporting-money';
import { monthStart } from './dashboard-period';

/** The tier program in force on `today`, its revenue floors in the reporting currency. */
export function tierRequirements(
  programs: readonly Program[],
  today: string,
  reporting: Reporting,
): TierRequirement[] {
  const program = programs.find(
    (candidate) =>
      candidate.kind === 'tier_program' &&
      candidate.validFrom <= today.slice(0, 10) &&
      (candidate.validTo === null || candidate.validTo >= today.slice(0, 10)),
  );
  return (program?.tiers ?? []).flatMap((rule) => {
    const floor = convertMoney(rule.minRevenue, reporting.currency, today, reporting.table);
    return floor
      ? [
          {
            tier: rule.tier,
            minRevenueMinor: floor.amountMinor,
            requiredCertifications: rule.requiredCertifications,
          },
        ]
      : [];
  });
}

function revenueIn(
  rollup: TerritoryRollup,
  counted: PartnerRollup,
  range: MonthRange,
  reporting: Reporting,
) {
  const first = monthNumber(rollup.firstMonth);
  const bucket: MoneyBucket = new Map();
  for (const lane of counted.lanes) {
    for (let month = Math.max(first, range.first); month <= range.last; month += 1) {
      addTo(
        bucket,
        reporting,
        lane.currency,
        monthStart(month),
        lane.revenueMinor[month - first] ?? 0,
      );
    }
  }
  return bucketTotal(bucket, reporting).total.amountMinor;
}

/**
 * What the health rule judges, from the rollup: the last three complete months against the
 * three before, the last six for engagement, the last twelve for the tier earned.
 */
export function healthFacts(
  partner: Partner,
  rollup: TerritoryRollup,
  counted: PartnerRollup,
  today: string,
  reporting: Reporting,
): HealthFacts {
  const current = monthNumber(today);
  const recent = { first: current - 3, last: current - 1 };
  const prior = { first: current - 6, last: current - 4 };
  const first = monthNumber(rollup.firstMonth);
  let activeMonths = 0;
  for (let month = current - 6; month <= current - 1; month += 1) {
    const index = month - first;
    if ((counted.registered[index] ?? 0) + (counted.decided[index] ?? 0) > 0) activeMonths += 1;
  }
  const mdf = (pick: 'mdfAllocatedMinor' | 'mdfClaimedMinor') => {
    const bucket: MoneyBucket = new Map();
    for (const lane of counted.lanes) addTo(bucket, reporting, lane.currency, today, lane[pick]);
    return bucketTotal(bucket, reporting).total.amountMinor;
  };
  return {
    tier: partner.tier,
    revenueRecentMinor: revenueIn(rollup, counted, recent, reporting),
    revenuePriorMinor: revenueIn(rollup, counted, prior, reporting),
    revenueYearMinor: revenueIn(
      rollup,
      counted,
      { first: current - 12, last: current - 1 },
      reporting,
    ),
    registrationsRecent: sumOver(rollup, counted.registered, recent),
    registrationsPrior: sumOver(rollup, counted.registered, prior),
    activeMonths,
    contacts: counted.contacts,
    certifiedContacts: counted.certifiedContacts,
    mdfAllocatedMinor: mdf('mdfAllocatedMinor'),
    mdfClaimedMinor: mdf('mdfClaimedMinor'),
  };
}

export function partnerHealth(
  partner: Partner,
  rollup: TerritoryRollup,
  counted: PartnerRollup,
  requirements: readonly TierRequirement[],
  today: string,
  reporting: Reporting,
): HealthScore {
  return healthScore(healthFacts(partner, rollup, counted, today, reporting), requirements);
}
