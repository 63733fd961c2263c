import type { ReportedTotal } from '../rules/money';
import { monthNumber } from '../rules/territory-rollup';
import {
  partnerTiers,
  type Partner,
  type PartnerRollup,
  type PartnerTier,
  type PartnerType,
  type Territory,
} from '../schema';
import { monthStart, monthsOf, periodRange, priorRange, type PeriodKey } from './dashboard-period';
import { partnerFigures, type PartnerFigures } from './partner-figures';
import { addTo, addTotals, bucketTotal, type MoneyBucket, type Reporting } from './reporting-money';

export type DashboardFilters = {
  period: PeriodKey;
  region: string | null;
  country: string | null;
  tier: PartnerTier | null;
  partnerType: PartnerType | null;
};

export const defaultFilters: DashboardFilters = {
  period: 'last_12_months',
  region: null,
  country: null,
  tier: null,
  partnerType: null,
};

export type MonthPoint = { month: string; revenueMinor: number; pipelineMinor: number };

export type DashboardFigures = {
  partners: PartnerFigures[];
  revenue: ReportedTotal;
  target: ReportedTotal;
  pipeline: ReportedTotal;
  wonAmount: ReportedTotal;
  registered: number;
  approved: number;
  won: number;
  /** Approved registrations over submitted ones, 0 to 1; null with none submitted. */
  conversion: number | null;
  decided: number;
  decidedInSla: number;
  averageTurnaroundHours: number | null;
  mdfAllocated: ReportedTotal;
  mdfClaimed: ReportedTotal;
  mdfPaid: ReportedTotal;
  /** Revenue per unit of MDF paid; null when nothing was paid. */
  mdfRoi: number | null;
  contacts: number;
  certifiedContacts: number;
  partnersWithCertified: number;
  tiers: Record<PartnerTier, number>;
  topMovers: PartnerFigures[];
  bottomMovers: PartnerFigures[];
  months: MonthPoint[];
};

/** A partner the rollup has not seen yet (new since the store counted) has figures of zero. */
function emptyRollup(partnerId: string): PartnerRollup {
  return {
    partnerId,
    registered: [],
    approved: [],
    won: [],
    decided: [],
    decidedInSla: [],
    turnaroundHours: [],
    contacts: 0,
    certifiedContacts: 0,
    lanes: [],
  };
}

export function matchesFilters(partner: Partner, filters: DashboardFilters): boolean {
  return (
    (filters.region === null || partner.region === filters.region) &&
    (filters.country === null || partner.country === filters.country) &&
    (filters.tier === null || partner.tier === filters.tier) &&
    (filters.partnerType === null || partner.type === filters.partnerType)
  );
}

export const revenueChange = (figures: PartnerFigures) =>
  figures.revenue.total.amountMinor - figures.revenuePrior.total.amountMinor;

const MOVERS = 5;

const emptyBucket = (): MoneyBucket => new Map();

/** A partner's figures for a period, with what the monthly chart adds up. */
export type PeriodRow = { figures: PartnerFigures; counted: PartnerRollup; firstMonth: number };

/**
 * Every partner's figures for a period in the reporting currency: the costly part, computed
 * once per period and currency; a filter only chooses among these rows.
 */
export function periodRows(
  territories: readonly Territory[],
  partners: readonly Partner[],
  period: PeriodKey,
  today: string,
  reporting: Reporting,
): PeriodRow[] {
  const range = periodRange(period, today);
  const prior = priorRange(range);
  const rollups = new Map<string, { territory: Territory; counted: Map<string, PartnerRollup> }>();
  for (const territory of territories) {
    if (!territory.rollup) continue;
    rollups.set(territory.id, {
      territory,
      counted: new Map(territory.rollup.partners.map((entry) => [entry.partnerId, entry])),
    });
  }
  const rows: PeriodRow[] = [];
  for (const partner of partners) {
    const held = rollups.get(partner.territoryId);
    const rollup = held?.territory.rollup;
    if (!held || !rollup) continue;
    const counted = held.counted.get(partner.id) ?? emptyRollup(partner.id);
    rows.push({
      figures: partnerFigures(partner, rollup, counted, range, prior, today, reporting),
      counted,
      firstMonth: monthNumber(rollup.firstMonth),
    });
  }
  return rows;
}

/**
 * Every figure of the dashboard for the partners the filters keep, from the territories'
 * rollups: no raw deal is read. Totals are the sums of the partners' own converted figures, so
 * a drill-down's rows add up to the figure it came from.
 */
export function dashboardFigures(
  territories: readonly Territory[],
  partners: readonly Partner[],
  filters: DashboardFilters,
  today: string,
  reporting: Reporting,
): DashboardFigures {
  const rows = periodRows(territories, partners, filters.period, today, reporting);
  return filteredFigures(rows, filters, today, reporting);
}

/** The dashboard's figures from a period's rows, for the partners the filters keep. */
export function filteredFigures(
  periodRowsOfAll: readonly PeriodRow[],
  filters: DashboardFilters,
  today: string,
  reporting: Reporting,
): DashboardFigures {
  const kept = periodRowsOfAll.filter((row) => matchesFilters(row.figures.partner, filters));
  const rows = kept.map((row) => row.figures);
  const months = monthsOf(periodRange(filters.period, today));
  const revenueByMonth = months.map((): MoneyBucket => new Map());
  const pipelineByMonth = months.map((): MoneyBucket => new Map());
  for (const { counted, firstMonth } of kept) {
    for (const lane of counted.lanes) {
      months.forEach((month, index) => {
        const date = monthStart(month);
        const revenue = revenueByMonth[index];
        const pipeline = pipelineByMonth[index];
        const at = month - firstMonth;
        if (revenue) addTo(revenue, reporting, lane.currency, date, lane.revenueMinor[at] ?? 0);
        if (pipeline) addTo(pipeline, reporting, lane.currency, date, lane.pipelineMinor[at] ?? 0);
      });
    }
  }
  const total = (pick: (row: PartnerFigures) => ReportedTotal) =>
    addTotals(rows.map(pick), reporting.currency);
  const count = (pick: (row: PartnerFigures) => number) =>
    rows.reduce((sum, row) => sum + pick(row), 0);
  const revenue = total((row) => row.revenue);
  const mdfPaid = total((row) => row.mdfPaid);
  const registered = count((row) => row.registered);
  const approved = count((row) => row.approved);
  const decided = count((row) => row.decided);
  const tiers = Object.fromEntries(partnerTiers.map((tier) => [tier, 0])) as Record<
    PartnerTier,
    number
  >;
  for (const row of rows) tiers[row.partner.tier] += 1;
  const byChange = [...rows].sort((a, b) => revenueChange(b) - revenueChange(a));
  return {
    partners: rows,
    revenue,
    target: total((row) => row.target),
    pipeline: total((row) => row.pipeline),
    wonAmount: total((row) => row.wonAmount),
    registered,
    approved,
    won: count((row) => row.won),
    conversion: registered > 0 ? approved / registered : null,
    decided,
    decidedInSla: count((row) => row.decidedInSla),
    averageTurnaroundHours: decided > 0 ? count((row) => row.turnaroundHours) / decided : null,
    mdfAllocated: total((row) => row.mdfAllocated),
    mdfClaimed: total((row) => row.mdfClaimed),
    mdfPaid,
    mdfRoi:
      mdfPaid.total.amountMinor > 0 ? revenue.total.amountMinor / mdfPaid.total.amountMinor : null,
    contacts: count((row) => row.contacts),
    certifiedContacts: count((row) => row.certifiedContacts),
    partnersWithCertified: rows.filter((row) => row.certifiedContacts > 0).length,
    tiers,
    topMovers: byChange.slice(0, MOVERS).filter((row) => revenueChange(row) > 0),
    bottomMovers: byChange
      .reverse()
      .slice(0, MOVERS)
      .filter((row) => revenueChange(row) < 0),
    months: months.map((month, index) => ({
      month: monthStart(month),
      revenueMinor: bucketTotal(revenueByMonth[index] ?? emptyBucket(), reporting).total
        .amountMinor,
      pipelineMinor: bucketTotal(pipelineByMonth[index] ?? emptyBucket(), reporting).total
        .amountMinor,
    })),
  };
}
