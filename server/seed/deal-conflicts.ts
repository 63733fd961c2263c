import {
  customerDomainKey,
  customerNameKey,
  findChannelConflicts,
  type ConflictCandidate,
} from '../../shared/rules/channel-conflict';
import type { Deal } from '../../shared/schema';
import { DAY, HOUR, isoAt, type GenerationContext } from './context';
import { customerAsRetyped } from './customer-variants';
import { PROTECTION_DAYS, type DealPlan } from './generate-deals';
import type { Random } from './random';

/** How many registrations of each kind of channel conflict to plant. */
export type ConflictQuota = {
  /** Still waiting for review: the CAM sees the conflict in the approval queue. */
  pending: number;
  /** Already rejected for the conflict. */
  rejected: number;
};

const MAX_CONFLICTS_PER_HOLDER = 3;

/**
 * Channel conflicts: a second partner registers an end customer that another partner's approved
 * registration protects, typed its own way (customer-variants.ts): another case, accents or legal
 * form, the same domain or another. The registrations waiting for review are the CAM's to judge;
 * the rejected ones were turned down for the conflict, mostly while the holder still protects.
 *
 * Until assignChannelConflicts runs, `conflictsWith` holds the planted links only, for the request
 * generator (which registration to flag, which to leave out of other requests); the data set's
 * `conflictsWith` is what the shared rule finds once every registration has its final status.
 */
export function plantChannelConflicts(
  context: GenerationContext,
  plans: readonly DealPlan[],
  quota: ConflictQuota,
) {
  const random = context.random.fork('conflicts');
  const protectedNow = (plan: DealPlan) =>
    plan.deal.registrationStatus === 'approved' &&
    plan.closedMs === null &&
    plan.approvedMs !== null &&
    plan.approvedMs + PROTECTION_DAYS * DAY > context.nowMs;
  const challengers = byMarket(random, plans, (plan) => plan.deal.registrationStatus !== 'draft');
  const holdersNow = random.shuffle(plans.filter(protectedNow));
  const holdersEver = random.shuffle(plans.filter((plan) => plan.approvedMs !== null));
  const challenged = new Set<DealPlan>();

  plant(holdersNow, quota.pending, (challenger) => {
    // The request generator turns it into a registration waiting for review.
    challenger.conflictPending = true;
  });
  // Rejected while the holder protects the customer, so that the rule still finds the holder;
  // older holders only where those run out.
  plant([...holdersNow, ...holdersEver], quota.rejected, (challenger, holder) => {
    const registeredMs = Math.min(
      holder.registeredMs + random.int(1, 60) * DAY,
      context.nowMs - 6 * HOUR,
    );
    Object.assign(challenger, { registeredMs, approvedMs: null, closedMs: null });
    Object.assign(challenger.deal, {
      stage: 'prospecting',
      registrationStatus: 'rejected',
      rejectionReason: 'channel_conflict',
      registeredAt: isoAt(registeredMs),
      protectionExpiresAt: null,
      expectedCloseAt: isoAt(registeredMs + random.int(30, 120) * DAY),
      crmOpportunityId: null,
    });
  });

  function plant(
    holders: readonly DealPlan[],
    count: number,
    settle: (challenger: DealPlan, holder: DealPlan) => void,
  ) {
    let planted = 0;
    for (const holder of holders) {
      if (planted >= count) return;
      if (holder.deal.conflictsWith.length >= MAX_CONFLICTS_PER_HOLDER) continue;
      if (challenged.has(holder) || holder.approvedMs === null) continue;
      const market = challengers.get(marketOf(holder)) ?? [];
      const index = market.findIndex(
        (plan) =>
          plan.profile.partner.id !== holder.profile.partner.id &&
          plan.profile.partner.status === 'active' &&
          plan.deal.conflictsWith.length === 0,
      );
      const challenger = market[index];
      if (!challenger) continue;
      market.splice(index, 1);
      challenged.add(challenger);
      challenger.deal.endCustomer = customerAsRetyped(random, holder.deal.endCustomer);
      challenger.deal.conflictsWith.push(holder.deal.id);
      holder.deal.conflictsWith.push(challenger.deal.id);
      settle(challenger, holder);
      planted += 1;
    }
  }
}

/** Deals by territory and customer country: a conflict's two deals share both. */
function byMarket(random: Random, plans: readonly DealPlan[], keep: (plan: DealPlan) => boolean) {
  const markets = new Map<string, DealPlan[]>();
  for (const plan of random.shuffle(plans)) {
    if (!keep(plan)) continue;
    const key = marketOf(plan);
    const market = markets.get(key) ?? [];
    market.push(plan);
    markets.set(key, market);
  }
  return markets;
}

function marketOf(plan: DealPlan): string {
  return `${plan.deal.territoryId}|${plan.deal.endCustomer.country}`;
}

/**
 * Sets every deal's `conflictsWith` to what the shared rule finds as of `asOf`: the other
 * partners' registrations that still claim its customer, in id order. Candidates come from
 * in-memory indexes by name key (within a country) and by domain key, as the store's come from
 * its expression indexes, so the large scale costs one pass, not a comparison of every pair.
 */
export function assignChannelConflicts(deals: readonly Deal[], asOf: Date) {
  const found = channelConflictsByRule(deals, asOf);
  for (const deal of deals) deal.conflictsWith = found.get(deal.id) ?? [];
}

/** The ids each deal conflicts with by the shared rule, for deals that conflict with any. */
export function channelConflictsByRule(deals: readonly Deal[], asOf: Date): Map<string, string[]> {
  const byName = new Map<string, ConflictCandidate[]>();
  const byDomain = new Map<string, ConflictCandidate[]>();
  // A fifth of deals repeat a customer: each name is keyed once.
  const nameKeys = new Map<string, string>();
  const keysOf = ({ endCustomer }: Deal) => {
    let nameKey = nameKeys.get(endCustomer.name);
    if (nameKey === undefined) {
      nameKey = customerNameKey(endCustomer.name);
      nameKeys.set(endCustomer.name, nameKey);
    }
    return {
      name: `${endCustomer.country}|${nameKey}`,
      domain: customerDomainKey(endCustomer.domain),
    };
  };
  const indexed = deals.map((deal) => {
    const keys = keysOf(deal);
    const candidate: ConflictCandidate = { kind: 'registration', ...deal };
    pushTo(byName, keys.name, candidate);
    pushTo(byDomain, keys.domain, candidate);
    return { deal, keys };
  });
  const conflicts = new Map<string, string[]>();
  for (const { deal, keys } of indexed) {
    const sameName = byName.get(keys.name) ?? [];
    const sameDomain = byDomain.get(keys.domain) ?? [];
    // Most customers are one partner's only: nothing to judge.
    if (sameName.length === 1 && sameDomain.length === 1) continue;
    const candidates = [...new Set([...sameName, ...sameDomain])].sort((a, b) =>
      a.id.localeCompare(b.id),
    );
    const ids = findChannelConflicts(deal, candidates, asOf).map(({ candidate }) => candidate.id);
    if (ids.length > 0) conflicts.set(deal.id, ids);
  }
  return conflicts;
}

function pushTo<Value>(map: Map<string, Value[]>, key: string, value: Value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
