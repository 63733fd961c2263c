import { DAY, HOUR, isoAt, type GenerationContext } from './context';
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
 * Channel conflicts: a second partner registers an end customer (same domain) that another
 * partner's approved registration covers. Both deals list each other in `conflictsWith`.
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
  plant(holdersEver, quota.rejected, (challenger, holder) => {
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
      challenger.deal.endCustomer = { ...holder.deal.endCustomer };
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
