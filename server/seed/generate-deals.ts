import type { Deal } from '../../shared/schema';
import { DEFAULT_PROTECTION_DAYS, rejectionReasons } from '../../shared/schema';
import { productId, retiredSku, sellableSkus, type Pricebook } from './catalog';
import {
  apportion,
  DAY,
  HOUR,
  isoAt,
  sequenceId,
  utcYear,
  type GenerationContext,
} from './context';
import { customerFactory, type EndCustomer } from './customers';
import type { PartnerProfile } from './generate-partners';
import { digitsOf, countryOf } from './places';
import type { Random } from './random';
import { territoryPlan } from './staff';

/** A deal and the facts about it that requests, conflicts and performance are built from. */
export type DealPlan = {
  deal: Deal;
  profile: PartnerProfile;
  /** A line is priced below the pricebook: the deal desk must see the registration. */
  pricingInvolved: boolean;
  registeredMs: number;
  approvedMs: number | null;
  /** When it was won or lost. */
  closedMs: number | null;
  /** Registered for a customer another partner already protects: waits in a CAM's queue. */
  conflictPending: boolean;
};

export const PROTECTION_DAYS = DEFAULT_PROTECTION_DAYS;

type Outcome = 'open' | 'won' | 'lost' | 'rejected' | 'withdrawn' | 'expired' | 'draft';

/** Young registrations are mostly still open; older ones have been decided one way or another. */
const youngOutcomes: ReadonlyArray<readonly [Outcome, number]> = [
  ['open', 64],
  ['won', 8],
  ['lost', 6],
  ['rejected', 10],
  ['withdrawn', 4],
  ['draft', 3],
];
const oldOutcomes: ReadonlyArray<readonly [Outcome, number]> = [
  ['won', 42],
  ['lost', 33],
  ['expired', 15],
  ['rejected', 7],
  ['withdrawn', 3],
];

export function generateDeals(
  context: GenerationContext,
  profiles: readonly PartnerProfile[],
  pricebook: Pricebook,
): DealPlan[] {
  const random = context.random.fork('deals');
  const newCustomer = customerFactory(random.fork('customers'));
  const windowStartMs = Date.UTC(utcYear(context.nowMs) - context.scale.performanceYears + 1, 0, 1);
  const counts = apportion(
    context.scale.deals,
    profiles.map(({ weight, partner }) =>
      partner.status === 'prospect' || partner.status === 'onboarding' ? 0 : weight ** 0.75,
    ),
  );
  const plans: DealPlan[] = [];
  profiles.forEach((profile, index) => {
    const startMs = Math.min(Math.max(windowStartMs, profile.joinedMs), context.nowMs - 30 * DAY);
    const customers: EndCustomer[] = [];
    const crossBorder = territoryPlan(profile.partner.territoryId).crossBorderCountries;
    for (let number = 0; number < (counts[index] ?? 0); number += 1) {
      // Repeat business: a fifth of deals are with a customer the partner has sold to before.
      const repeat = customers.length > 0 && random.chance(0.2);
      const customer = repeat
        ? random.pick(customers)
        : newCustomer(random.chance(0.08) ? random.pick(crossBorder) : profile.partner.country);
      if (!repeat) customers.push(customer);
      // Registrations grow over time: more recent months hold more of them.
      const registeredMs = Math.floor(
        startMs + (context.nowMs - 6 * HOUR - startMs) * random.next() ** 0.8,
      );
      plans.push(dealPlan(random, context.nowMs, profile, customer, registeredMs, pricebook));
    }
  });
  plans.sort((a, b) => a.registeredMs - b.registeredMs || a.deal.id.localeCompare(b.deal.id));
  plans.forEach((plan, index) => {
    plan.deal.id = sequenceId('deal', index + 1, 6);
    plan.deal.updatedAt = context.updatedAt;
  });
  return plans;
}

function dealPlan(
  random: Random,
  nowMs: number,
  profile: PartnerProfile,
  customer: EndCustomer,
  registeredMs: number,
  pricebook: Pricebook,
): DealPlan {
  const { partner } = profile;
  const pricingInvolved = random.chance(0.15);
  const lines = dealLines(random, profile, customer.country, registeredMs < nowMs - 365 * DAY, {
    pricebook,
    pricingInvolved,
  });
  const currency = countryOf(customer.country).currency;
  const amountMinor = lines.reduce(
    (sum, line) => sum + line.quantity * line.unitPrice.amountMinor,
    0,
  );
  const ageDays = (nowMs - registeredMs) / DAY;
  const outcome = random.weighted(ageDays <= PROTECTION_DAYS ? youngOutcomes : oldOutcomes);
  const approved =
    outcome === 'open' || outcome === 'won' || outcome === 'lost' || outcome === 'expired';
  const approvedMs = approved
    ? registeredMs + Math.min(random.int(4, 72) * HOUR, nowMs - registeredMs - HOUR)
    : null;
  const closed = outcome === 'won' || outcome === 'lost';
  const closedMs = closed ? Math.min(registeredMs + random.int(20, 150) * DAY, nowMs - HOUR) : null;
  const expectedCloseMs =
    closedMs ??
    (outcome === 'open'
      ? Math.max(registeredMs + random.int(30, 180) * DAY, nowMs + random.int(7, 60) * DAY)
      : registeredMs + random.int(30, 120) * DAY);
  return {
    profile,
    pricingInvolved,
    registeredMs,
    approvedMs,
    closedMs: closedMs === null ? null : Math.max(closedMs, (approvedMs ?? registeredMs) + HOUR),
    conflictPending: false,
    deal: {
      id: '',
      partnerId: partner.id,
      territoryId: partner.territoryId,
      endCustomer: customer,
      lines,
      amount: { amountMinor, currency },
      stage: stageOf(random, outcome),
      registrationStatus:
        outcome === 'open' || closed ? 'approved' : outcome === 'draft' ? 'draft' : outcome,
      rejectionReason:
        outcome === 'rejected'
          ? random.pick(rejectionReasons.filter((reason) => reason !== 'channel_conflict'))
          : null,
      registeredAt: isoAt(registeredMs),
      protectionExpiresAt: approvedMs === null ? null : isoAt(approvedMs + PROTECTION_DAYS * DAY),
      expectedCloseAt: isoAt(expectedCloseMs),
      crmOpportunityId: approved ? crmOpportunityId(random) : null,
      conflictsWith: [],
      specialPricing: null,
      updatedAt: '',
    },
  };
}

function stageOf(random: Random, outcome: Outcome): Deal['stage'] {
  switch (outcome) {
    case 'won':
      return 'closed_won';
    case 'lost':
      return 'closed_lost';
    case 'open':
      return random.weighted([
        ['prospecting', 15],
        ['qualification', 30],
        ['proposal', 35],
        ['negotiation', 20],
      ]);
    case 'expired':
      return random.pick(['qualification', 'proposal', 'negotiation'] as const);
    case 'rejected':
    case 'withdrawn':
    case 'draft':
      return random.pick(['prospecting', 'qualification'] as const);
  }
}

function dealLines(
  random: Random,
  profile: PartnerProfile,
  country: string,
  old: boolean,
  pricing: { pricebook: Pricebook; pricingInvolved: boolean },
): Deal['lines'] {
  const lineCount = random.weighted([
    [1, 50],
    [2, 30],
    [3, 15],
    [4, 5],
  ] as const);
  const skus = random.shuffle(
    old && random.chance(0.1) ? [...sellableSkus, retiredSku] : sellableSkus,
  );
  // Deal sizes are skewed (lognormal) and grow with the partner's size.
  const targetUsd = Math.min(
    Math.max(random.lognormal(12_000 * profile.weight ** 0.3, 1), 400),
    4_000_000,
  );
  const unit = 10 ** digitsOf(countryOf(country).currency);
  return skus.slice(0, lineCount).map((sku) => {
    const id = productId(sku);
    const listPrice = pricing.pricebook.priceOf(id, country, profile.partner.tier);
    const lineUsd = (targetUsd / lineCount) * random.between(0.5, 1.5);
    const quantity = Math.min(
      Math.max(1, Math.round(lineUsd / pricing.pricebook.listUsdOf(id))),
      1_000_000,
    );
    const discounted =
      Math.round((listPrice.amountMinor * random.between(0.8, 0.97)) / unit) * unit;
    const amountMinor = pricing.pricingInvolved
      ? Math.max(unit, Math.min(discounted, listPrice.amountMinor - unit))
      : listPrice.amountMinor;
    return { productId: id, quantity, unitPrice: { amountMinor, currency: listPrice.currency } };
  });
}

/** Salesforce-style opportunity ids (18 characters, starting 006). */
function crmOpportunityId(random: Random): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let id = '006';
  for (let index = 0; index < 15; index += 1) id += alphabet.charAt(random.int(0, 61));
  return id;
}
