import type { Contact, MonthlyPerformance, Performance } from '../../shared/schema';
import { DAY, utcMonth, utcYear, type GenerationContext } from './context';
import { PROTECTION_DAYS, type DealPlan } from './generate-deals';
import { spendKey, type MdfSpend } from './generate-funds';
import type { PartnerProfile } from './generate-partners';
import { convertMinor, minorFromUsd } from './places';

/** A partner's months from the first performance year to now, oldest first. */
export type PartnerMonths = {
  revenue: number[];
  pipeline: number[];
  registered: number[];
  won: number[];
  lost: number[];
  certified: number[];
  mdfSpend: number[];
};

export type PerformanceResult = {
  performance: Performance[];
  months: Map<string, PartnerMonths>;
  firstYear: number;
  revenueYtd: Map<string, number>;
};

/** Busier at quarter and year ends, as channel sales are. */
const seasonality = [0.8, 0.9, 1.15, 0.9, 0.95, 1.1, 0.85, 0.8, 1.1, 1, 1.1, 1.35];

/**
 * Monthly performance per partner-year, counted from the generated deals (registered, won,
 * lost, pipeline), contacts (certified people) and MDF spend, plus run-rate revenue that never
 * goes through deal registration (renewals, small orders).
 */
export function generatePerformance(
  context: GenerationContext,
  profiles: readonly PartnerProfile[],
  deals: readonly DealPlan[],
  contacts: readonly Contact[],
  spend: MdfSpend,
): PerformanceResult {
  const random = context.random.fork('performance');
  const firstYear = utcYear(context.nowMs) - context.scale.performanceYears + 1;
  const monthCount = (utcYear(context.nowMs) - firstYear) * 12 + utcMonth(context.nowMs);
  const indexOf = (ms: number) => (utcYear(ms) - firstYear) * 12 + utcMonth(ms) - 1;
  const months = new Map<string, PartnerMonths>();
  const currencies = new Map<string, string>();
  for (const profile of profiles) {
    const zeros = () => Array<number>(monthCount).fill(0);
    months.set(profile.partner.id, {
      revenue: zeros(),
      pipeline: zeros(),
      registered: zeros(),
      won: zeros(),
      lost: zeros(),
      certified: zeros(),
      mdfSpend: zeros(),
    });
    currencies.set(profile.partner.id, profile.currency);
  }
  const partnerMonths = (partnerId: string): PartnerMonths => {
    const found = months.get(partnerId);
    if (!found) throw new Error(`No partner ${partnerId}`);
    return found;
  };

  for (const plan of deals) {
    const { deal } = plan;
    if (deal.registrationStatus === 'draft') continue;
    const series = partnerMonths(deal.partnerId);
    const amount = convertMinor(
      deal.amount.amountMinor,
      deal.amount.currency,
      plan.profile.currency,
    );
    const registeredAt = indexOf(plan.registeredMs);
    if (registeredAt >= 0) add(series.registered, registeredAt, 1);
    if (plan.closedMs !== null) {
      const closedAt = indexOf(plan.closedMs);
      add(deal.stage === 'closed_won' ? series.won : series.lost, closedAt, 1);
      if (deal.stage === 'closed_won') add(series.revenue, closedAt, amount);
    }
    if (deal.registrationStatus === 'rejected' || deal.registrationStatus === 'withdrawn') continue;
    const endsAt =
      plan.closedMs !== null
        ? indexOf(plan.closedMs)
        : deal.registrationStatus === 'expired' && plan.approvedMs !== null
          ? indexOf(plan.approvedMs + PROTECTION_DAYS * DAY)
          : monthCount;
    for (let index = Math.max(0, registeredAt); index < Math.min(endsAt, monthCount); index += 1) {
      add(series.pipeline, index, amount);
    }
  }

  for (const contact of contacts) {
    if (contact.certifications.length === 0) continue;
    const series = partnerMonths(contact.partnerId);
    const valid = contact.certifications.map((certification) => ({
      from: Date.parse(certification.earnedAt),
      to: certification.expiresAt === null ? Infinity : Date.parse(certification.expiresAt),
    }));
    for (let index = 0; index < monthCount; index += 1) {
      const monthEnd = Date.UTC(firstYear, index + 1, 1) - 1;
      if (valid.some(({ from, to }) => from <= monthEnd && to > monthEnd)) {
        add(series.certified, index, 1);
      }
    }
  }

  const performance: Performance[] = [];
  const revenueYtd = new Map<string, number>();
  for (const profile of profiles) {
    const { partner } = profile;
    const series = partnerMonths(partner.id);
    const established = partner.status !== 'prospect' && partner.status !== 'onboarding';
    for (let index = 0; index < monthCount; index += 1) {
      const year = firstYear + Math.floor(index / 12);
      const month = (index % 12) + 1;
      series.mdfSpend[index] = spend.get(spendKey(partner.id, year, month)) ?? 0;
      const monthStart = Date.UTC(year, month - 1, 1);
      if (!established || monthStart < profile.joinedMs) continue;
      // Terminated partners stopped selling half a year ago.
      if (partner.status === 'terminated' && monthStart > context.nowMs - 180 * DAY) continue;
      const runRateUsd =
        2_500 * profile.weight * (seasonality[month - 1] ?? 1) * random.lognormal(1, 0.2);
      add(series.revenue, index, minorFromUsd(runRateUsd, profile.currency));
    }
    for (let year = firstYear; year <= utcYear(context.nowMs); year += 1) {
      const first = (year - firstYear) * 12;
      const last = Math.min(first + 12, monthCount);
      const yearMonths: MonthlyPerformance[] = [];
      for (let index = first; index < last; index += 1) {
        yearMonths.push({
          month: index - first + 1,
          revenueMinor: series.revenue[index] ?? 0,
          pipelineMinor: series.pipeline[index] ?? 0,
          dealsRegistered: series.registered[index] ?? 0,
          dealsWon: series.won[index] ?? 0,
          dealsLost: series.lost[index] ?? 0,
          mdfSpendMinor: series.mdfSpend[index] ?? 0,
          certifiedContacts: series.certified[index] ?? 0,
        });
      }
      performance.push({
        id: `performance-${partner.id}-${year}`,
        partnerId: partner.id,
        territoryId: partner.territoryId,
        year,
        currency: profile.currency,
        months: yearMonths,
        updatedAt: context.updatedAt,
      });
      if (year === utcYear(context.nowMs)) {
        revenueYtd.set(
          partner.id,
          yearMonths.reduce((sum, entry) => sum + entry.revenueMinor, 0),
        );
      }
    }
  }
  return { performance, months, firstYear, revenueYtd };
}

function add(series: number[], index: number, value: number) {
  if (index < 0 || index >= series.length) return;
  series[index] = (series[index] ?? 0) + value;
}
