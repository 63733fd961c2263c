import type { Fund } from '../../shared/schema';
import { calendarDateAt, DAY, utcMonth, utcYear, type GenerationContext } from './context';
import type { PartnerProfile } from './generate-partners';
import { digitsOf, minorFromUsd } from './places';
import type { Random } from './random';

/** MDF a partner spent, by `${partnerId}|${year}|${month}`, in the partner's currency. */
export type MdfSpend = Map<string, number>;

export type FundBook = {
  funds: Fund[];
  spend: MdfSpend;
  /** What a pre-approval may still reserve from a fund. */
  available(fund: Fund): number;
  /** Reserves funds for an approved pre-approval; false when the balance does not cover it. */
  reserve(fund: Fund, amountMinor: number): boolean;
};

export function spendKey(partnerId: string, year: number, month: number): string {
  return `${partnerId}|${year}|${month}`;
}

const tierFactor = { registered: 0, silver: 1, gold: 2.5, platinum: 6 } as const;

/**
 * MDF allocations for the current half-year (and, for some partners, an older allocation about
 * to expire with money unclaimed) and co-op funds accruing on gold and platinum revenue.
 * Paid amounts equal the MDF spend the performance documents show for the fund's months.
 */
export function generateFunds(
  context: GenerationContext,
  profiles: readonly PartnerProfile[],
): FundBook {
  const random = context.random.fork('funds');
  const year = utcYear(context.nowMs);
  const half = utcMonth(context.nowMs) <= 6 ? 1 : 2;
  const previous = half === 1 ? { year: year - 1, half: 2 } : { year, half: 1 };
  const spend: MdfSpend = new Map();
  const funds: Fund[] = [];

  for (const profile of profiles) {
    const { partner } = profile;
    const factor = tierFactor[partner.tier];
    if (partner.status !== 'active' || factor === 0) continue;
    recordSpend(random, context, profile, factor, spend);
    const fund = (period: string, fundType: Fund['fundType'], allocated: number): Fund => {
      const money = (amountMinor: number) => ({ amountMinor, currency: profile.currency });
      return {
        id: `fund-${partner.id}-${period.toLowerCase()}-${fundType}`,
        partnerId: partner.id,
        territoryId: partner.territoryId,
        fundType,
        period,
        budget: money(allocated),
        allocated: money(allocated),
        accrued: money(0),
        reserved: money(0),
        paid: money(0),
        balance: money(0),
        expiresOn: '',
        updatedAt: context.updatedAt,
      };
    };
    const allocation = () =>
      roundToHundreds(
        minorFromUsd(
          10_000 * factor * profile.weight ** 0.4 * random.between(0.8, 1.2),
          profile.currency,
        ),
        profile.currency,
      );

    const current = fund(`${year}-H${half}`, 'mdf', allocation());
    current.paid.amountMinor = paidIn(spend, partner.id, year, half);
    current.allocated.amountMinor = Math.max(
      current.allocated.amountMinor,
      current.paid.amountMinor * 2,
    );
    current.budget.amountMinor = current.allocated.amountMinor;
    current.expiresOn = calendarDateAt(Date.UTC(year, half * 6, 0) + 60 * DAY);
    funds.push(current);

    if (random.chance(0.35)) {
      // An older allocation whose claim window closes within a month, money still unclaimed.
      const older = fund(`${previous.year}-H${previous.half}`, 'mdf', allocation());
      older.paid.amountMinor = paidIn(spend, partner.id, previous.year, previous.half);
      const floor = Math.ceil(older.paid.amountMinor * random.between(1.3, 2.5));
      older.allocated.amountMinor = Math.max(older.allocated.amountMinor, floor);
      older.budget.amountMinor = older.allocated.amountMinor;
      older.expiresOn = calendarDateAt(context.nowMs + random.int(3, 30) * DAY);
      funds.push(older);
    }

    if (partner.tier === 'gold' || partner.tier === 'platinum') {
      const coop = fund(String(year), 'coop', 0);
      coop.expiresOn = `${year + 1}-03-31`;
      funds.push(coop);
    }
  }

  const available = (fund: Fund) =>
    fund.allocated.amountMinor +
    fund.accrued.amountMinor -
    fund.reserved.amountMinor -
    fund.paid.amountMinor;
  return {
    funds,
    spend,
    available,
    reserve(fund, amountMinor) {
      if (fund.fundType !== 'mdf' || amountMinor > available(fund)) return false;
      fund.reserved.amountMinor += amountMinor;
      return true;
    },
  };
}

/**
 * Once revenue is known: co-op funds accrue 2 % of the partner's revenue this year, 30 % of it
 * already paid out; every balance follows from the ledger.
 */
export function settleFunds(
  funds: readonly Fund[],
  revenueYtdByPartner: ReadonlyMap<string, number>,
) {
  for (const fund of funds) {
    if (fund.fundType === 'coop') {
      const accrued = Math.round((revenueYtdByPartner.get(fund.partnerId) ?? 0) * 0.02);
      fund.accrued.amountMinor = accrued;
      fund.budget.amountMinor = accrued;
      fund.paid.amountMinor = Math.round(accrued * 0.3);
    }
    fund.balance.amountMinor =
      fund.allocated.amountMinor +
      fund.accrued.amountMinor -
      fund.reserved.amountMinor -
      fund.paid.amountMinor;
  }
}

function recordSpend(
  random: Random,
  context: GenerationContext,
  profile: PartnerProfile,
  factor: number,
  spend: MdfSpend,
) {
  const firstYear = utcYear(context.nowMs) - context.scale.performanceYears + 1;
  for (let monthStart = Date.UTC(firstYear, 0, 1); monthStart <= context.nowMs;) {
    const year = utcYear(monthStart);
    const month = utcMonth(monthStart);
    if (monthStart >= profile.joinedMs && random.chance(0.35)) {
      const usd = random.lognormal(1_200 * factor * profile.weight ** 0.3, 0.6);
      spend.set(spendKey(profile.partner.id, year, month), minorFromUsd(usd, profile.currency));
    }
    monthStart = Date.UTC(year, month, 1);
  }
}

function paidIn(spend: MdfSpend, partnerId: string, year: number, half: number): number {
  let paid = 0;
  for (let month = half * 6 - 5; month <= half * 6; month += 1) {
    paid += spend.get(spendKey(partnerId, year, month)) ?? 0;
  }
  return paid;
}

function roundToHundreds(amountMinor: number, currency: string): number {
  const hundred = 100 * 10 ** digitsOf(currency);
  return Math.max(hundred, Math.round(amountMinor / hundred) * hundred);
}
