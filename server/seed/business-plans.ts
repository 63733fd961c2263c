import type { BusinessPlan } from '../../shared/schema';
import { quarterOf, utcMonth, utcYear, type GenerationContext } from './context';
import type { PartnerProfile } from './generate-partners';
import type { PartnerMonths, PerformanceResult } from './generate-performance';
import type { Random } from './random';

/**
 * Joint business plans for the partners a CAM manages (silver and above): quarterly goals set
 * a little above last year's results, and progress as this year's performance shows it.
 * Revenue and pipeline goals are in minor units of the plan's currency, like all money.
 */
export function attachBusinessPlans(
  context: GenerationContext,
  profiles: readonly PartnerProfile[],
  performance: PerformanceResult,
) {
  const random = context.random.fork('business-plans');
  const year = utcYear(context.nowMs);
  for (const profile of profiles) {
    const { partner } = profile;
    if (partner.status !== 'active' || !partner.accountOwnerId || partner.tier === 'registered') {
      continue;
    }
    const series = performance.months.get(partner.id);
    if (!series) continue;
    const years = partner.tier === 'platinum' ? [year - 1, year] : [year];
    partner.businessPlans = years
      .filter((planYear) => planYear >= performance.firstYear)
      .map((planYear) =>
        planFor(random, context, profile, series, performance.firstYear, planYear),
      );
  }
}

function planFor(
  random: Random,
  context: GenerationContext,
  profile: PartnerProfile,
  series: PartnerMonths,
  firstYear: number,
  year: number,
): BusinessPlan {
  const nowIndex = (utcYear(context.nowMs) - firstYear) * 12 + utcMonth(context.nowMs) - 1;
  const currentQuarter = utcYear(context.nowMs) === year ? quarterOf(context.nowMs) : 5;
  const quarters = [1, 2, 3, 4].map((quarter) => {
    const start = (year - firstYear) * 12 + (quarter - 1) * 3;
    const end = Math.min(start + 2, nowIndex);
    const measure = (values: number[], from: number, to: number, sum: boolean) => {
      if (from < 0 || to < from) return 0;
      const slice = values.slice(from, to + 1);
      return sum ? slice.reduce((total, value) => total + value, 0) : (slice.at(-1) ?? 0);
    };
    const lastYear = start - 12;
    // Goals build on the same quarter last year, or on this quarter's own run rate.
    const baseline = (values: number[], sum: boolean) =>
      measure(values, lastYear, lastYear + 2, sum) || measure(values, start, start + 2, sum) || 1;
    const growth = random.between(1.1, 1.3);
    const started = quarter <= currentQuarter;
    return {
      quarter,
      goals: [
        {
          metric: 'revenue' as const,
          target: Math.round(baseline(series.revenue, true) * growth),
          actual: started ? measure(series.revenue, start, end, true) : 0,
        },
        {
          metric: 'pipeline' as const,
          target: Math.round(baseline(series.pipeline, false) * growth),
          actual: started ? measure(series.pipeline, start, end, false) : 0,
        },
        {
          metric: 'new_logos' as const,
          target: Math.max(1, Math.round(baseline(series.won, true) * growth)),
          actual: started ? measure(series.won, start, end, true) : 0,
        },
        {
          metric: 'certifications' as const,
          target: Math.max(1, baseline(series.certified, false) + random.int(1, 3)),
          actual: started ? measure(series.certified, start, end, false) : 0,
        },
      ],
    };
  });
  return { year, currency: profile.currency, quarters };
}
