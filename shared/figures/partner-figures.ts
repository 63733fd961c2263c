import type { ReportedTotal } from '../rules/money';
import { monthNumber } from '../rules/territory-rollup';
import type { Partner, PartnerRollup, TerritoryRollup } from '../schema';
import { monthStart, type MonthRange } from './dashboard-period';
import { addTo, bucketTotal, type MoneyBucket, type Reporting } from './reporting-money';

/** One partner's figures over a period, money in the reporting currency with its originals. */
export type PartnerFigures = {
  partner: Partner;
  revenue: ReportedTotal;
  revenuePrior: ReportedTotal;
  target: ReportedTotal;
  pipeline: ReportedTotal;
  wonAmount: ReportedTotal;
  mdfAllocated: ReportedTotal;
  mdfClaimed: ReportedTotal;
  mdfPaid: ReportedTotal;
  registered: number;
  approved: number;
  won: number;
  decided: number;
  decidedInSla: number;
  turnaroundHours: number;
  contacts: number;
  certifiedContacts: number;
};

/** Sum of a month array over the months of `range` that the rollup holds. */
export function sumOver(rollup: TerritoryRollup, values: readonly number[], range: MonthRange) {
  const first = monthNumber(rollup.firstMonth);
  let sum = 0;
  for (let month = Math.max(range.first, first); month <= range.last; month += 1) {
    sum += values[month - first] ?? 0;
  }
  return sum;
}

function laneMoney(
  rollup: TerritoryRollup,
  partner: PartnerRollup,
  pick: 'wonMinor' | 'pipelineMinor' | 'revenueMinor',
  range: MonthRange,
  reporting: Reporting,
): ReportedTotal {
  const first = monthNumber(rollup.firstMonth);
  const bucket: MoneyBucket = new Map();
  for (const lane of partner.lanes) {
    const values = lane[pick];
    for (let month = Math.max(range.first, first); month <= range.last; month += 1) {
      addTo(bucket, reporting, lane.currency, monthStart(month), values[month - first] ?? 0);
    }
  }
  return bucketTotal(bucket, reporting);
}

/**
 * The revenue goals of the partner's business plans in `range`: each quarter's goal spread
 * evenly over its three months, so a period cutting a quarter gets its share.
 */
function revenueTarget(partner: Partner, range: MonthRange, reporting: Reporting): ReportedTotal {
  const bucket: MoneyBucket = new Map();
  for (const plan of partner.businessPlans) {
    for (const quarter of plan.quarters) {
      const firstMonth = plan.year * 12 + (quarter.quarter - 1) * 3;
      const overlap = Math.min(range.last, firstMonth + 2) - Math.max(range.first, firstMonth) + 1;
      if (overlap <= 0) continue;
      for (const goal of quarter.goals) {
        if (goal.metric !== 'revenue') continue;
        const share = Math.round((goal.target * overlap) / 3);
        addTo(bucket, reporting, plan.currency, monthStart(firstMonth), share);
      }
    }
  }
  return bucketTotal(bucket, reporting);
}

function mdf(
  partner: PartnerRollup,
  pick: 'mdfAllocatedMinor' | 'mdfClaimedMinor' | 'mdfPaidMinor',
  today: string,
  reporting: Reporting,
): ReportedTotal {
  const bucket: MoneyBucket = new Map();
  for (const lane of partner.lanes) addTo(bucket, reporting, lane.currency, today, lane[pick]);
  return bucketTotal(bucket, reporting);
}

/** A partner's figures for `range` (and the range before it, for the trend). */
export function partnerFigures(
  partner: Partner,
  rollup: TerritoryRollup,
  counted: PartnerRollup,
  range: MonthRange,
  prior: MonthRange,
  today: string,
  reporting: Reporting,
): PartnerFigures {
  const over = (values: readonly number[]) => sumOver(rollup, values, range);
  return {
    partner,
    revenue: laneMoney(rollup, counted, 'revenueMinor', range, reporting),
    revenuePrior: laneMoney(rollup, counted, 'revenueMinor', prior, reporting),
    target: revenueTarget(partner, range, reporting),
    pipeline: laneMoney(rollup, counted, 'pipelineMinor', range, reporting),
    wonAmount: laneMoney(rollup, counted, 'wonMinor', range, reporting),
    mdfAllocated: mdf(counted, 'mdfAllocatedMinor', today, reporting),
    mdfClaimed: mdf(counted, 'mdfClaimedMinor', today, reporting),
    mdfPaid: mdf(counted, 'mdfPaidMinor', today, reporting),
    registered: over(counted.registered),
    approved: over(counted.approved),
    won: over(counted.won),
    decided: over(counted.decided),
    decidedInSla: over(counted.decidedInSla),
    turnaroundHours: over(counted.turnaroundHours),
    contacts: counted.contacts,
    certifiedContacts: counted.certifiedContacts,
  };
}
