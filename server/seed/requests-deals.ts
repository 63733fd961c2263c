import { calendarDateAt, DAY, HOUR, isoAt } from './context';
import { PROTECTION_DAYS, type DealPlan } from './generate-deals';
import { openShape, type RequestInputs } from './generate-requests';
import { usdFromMinor } from './places';
import type { RequestDraft } from './request-builder';
import {
  registrationManagerThresholdUsd,
  roleLabels,
  routeDealRegistration,
  routeSpecialPricing,
} from './routing';

const rejectionNotes = {
  duplicate: 'Rejected: duplicate of an existing registration',
  direct_engaged: 'Rejected: the direct sales team is already engaged',
  not_qualified: 'Rejected: the opportunity is not qualified yet',
  channel_conflict: 'Rejected: another partner protects this customer',
  other: 'Rejected: see the comments with the partner',
} as const;

function registrationDraft(inputs: RequestInputs, plan: DealPlan): RequestDraft {
  const { deal, profile } = plan;
  const amountUsd = usdFromMinor(deal.amount.amountMinor, deal.amount.currency);
  const roles = routeDealRegistration({
    amountUsd,
    tier: profile.partner.tier,
    pricingInvolved: plan.pricingInvolved,
  });
  const reasons = [
    roles.includes('regional_manager')
      ? `above the ${profile.partner.tier} limit of USD ${registrationManagerThresholdUsd[profile.partner.tier].toLocaleString('en-US')}`
      : 'within the CAM limit for the tier',
    ...(plan.pricingInvolved ? ['prices below the pricebook'] : []),
  ];
  // The later registration of a conflicting pair is the one the checks flag.
  const flagged = plan.conflictPending || deal.rejectionReason === 'channel_conflict';
  const holders = (flagged ? deal.conflictsWith : []).map(
    (id) =>
      `Possible channel conflict: ${id} registers the same end customer (${deal.endCustomer.domain})`,
  );
  return {
    type: 'deal_registration',
    partner: profile.partner,
    subjectId: deal.id,
    title: `Deal registration · ${deal.endCustomer.name}`,
    amount: { ...deal.amount },
    discountPercent: null,
    roles,
    routingNote: reasons.join('; '),
    submittedBy: inputs.submitter(profile),
    submissionNotes: holders,
  };
}

/**
 * Registrations waiting for review: the planted channel conflicts first, then deals drawn at
 * random, each turned back into a fresh registration submitted when its request was.
 */
export function openDealRegistrations(inputs: RequestInputs, count: number): number {
  const { random, context } = inputs;
  const eligible = (plan: DealPlan) =>
    plan.profile.partner.status === 'active' &&
    plan.deal.registrationStatus !== 'draft' &&
    !inputs.taken.has(plan.deal.id) &&
    (plan.conflictPending || plan.deal.conflictsWith.length === 0);
  const conflicts = inputs.deals.filter((plan) => plan.conflictPending && eligible(plan));
  const others = random.shuffle(
    inputs.deals.filter((plan) => !plan.conflictPending && eligible(plan)),
  );
  let created = 0;
  for (const plan of [...conflicts, ...others]) {
    if (created >= count) break;
    const draft = registrationDraft(inputs, plan);
    const built = inputs.builder.open(draft, openShape(random, draft.type, draft.roles.length));
    const submittedMs = Date.parse(built.request.submittedAt);
    Object.assign(plan, { registeredMs: submittedMs, approvedMs: null, closedMs: null });
    Object.assign(plan.deal, {
      stage: random.pick(['prospecting', 'qualification'] as const),
      registrationStatus: built.request.status,
      rejectionReason: null,
      registeredAt: built.request.submittedAt,
      protectionExpiresAt: null,
      expectedCloseAt: isoAt(Math.max(submittedMs, context.nowMs) + random.int(30, 180) * DAY),
      crmOpportunityId: null,
    });
    inputs.taken.add(plan.deal.id);
    inputs.add(built);
    created += 1;
  }
  return created;
}

/** Deals with approved protection, still open, at proposal or negotiation. */
function pricingCandidates(inputs: RequestInputs): DealPlan[] {
  const { nowMs } = inputs.context;
  return inputs.random.shuffle(
    inputs.deals.filter(
      (plan) =>
        plan.profile.partner.status === 'active' &&
        plan.deal.registrationStatus === 'approved' &&
        (plan.deal.stage === 'proposal' || plan.deal.stage === 'negotiation') &&
        plan.approvedMs !== null &&
        plan.approvedMs + PROTECTION_DAYS * DAY > nowMs &&
        !plan.conflictPending &&
        !inputs.taken.has(plan.deal.id),
    ),
  );
}

function pricingDraft(
  inputs: RequestInputs,
  plan: DealPlan,
  discountPercent: number,
): RequestDraft {
  const amountUsd = usdFromMinor(plan.deal.amount.amountMinor, plan.deal.amount.currency);
  const roles = routeSpecialPricing(discountPercent, amountUsd);
  const approver = roles.at(-1) ?? 'cam';
  return {
    type: 'special_pricing',
    partner: plan.profile.partner,
    subjectId: plan.deal.id,
    title: `Special pricing ${discountPercent} % · ${plan.deal.endCustomer.name}`,
    amount: { ...plan.deal.amount },
    discountPercent,
    roles,
    routingNote: `a ${discountPercent} % discount on USD ${Math.round(amountUsd).toLocaleString('en-US')} needs ${roleLabels[approver]} authority`,
    submittedBy: inputs.submitter(plan.profile),
  };
}

/** Discount depths across the whole authority matrix, most within a CAM's or a manager's reach. */
function discountDepth(inputs: RequestInputs): number {
  const [low, high] = inputs.random.weighted([
    [[3, 10], 35],
    [[11, 20], 35],
    [[21, 30], 20],
    [[31, 45], 10],
  ] as const);
  return inputs.random.int(low, high);
}

export function openSpecialPricing(inputs: RequestInputs, count: number): number {
  let created = 0;
  for (const plan of pricingCandidates(inputs).slice(0, count)) {
    const draft = pricingDraft(inputs, plan, discountDepth(inputs));
    inputs.add(
      inputs.builder.open(draft, openShape(inputs.random, draft.type, draft.roles.length)),
    );
    inputs.taken.add(plan.deal.id);
    created += 1;
  }
  return created;
}

/** Approved special prices, each with the authorisation id a later rebate claim must quote. */
export function decidedSpecialPricing(inputs: RequestInputs, count: number) {
  const { random, context } = inputs;
  let issued = 0;
  for (const plan of pricingCandidates(inputs).slice(0, count)) {
    const approvedMs = plan.approvedMs ?? plan.registeredMs;
    const submittedMs = Math.min(approvedMs + random.int(1, 20) * DAY, context.nowMs - 2 * DAY);
    if (submittedMs <= approvedMs) continue;
    issued += 1;
    // Five decimal digits: never the store's own ids, whose sequence part has six
    // (server/decisions/effects/special-pricing.ts).
    const authorisation = `SPA-${calendarDateAt(context.nowMs).slice(0, 4)}-${String(issued).padStart(5, '0')}`;
    const built = inputs.builder.decided(pricingDraft(inputs, plan, discountDepth(inputs)), {
      submittedMs,
      decidedMs: submittedMs + random.int(2, 40) * HOUR,
      outcome: 'approved',
      finalNote: `Approved: authorisation ${authorisation}`,
    });
    inputs.add(built);
    // The deal keeps the granted price for the claim to quote, as a decision in the store does.
    plan.deal.specialPricing = {
      authorizationId: authorisation,
      requestId: built.request.id,
      discountPercent: built.request.discountPercent ?? 0,
      approvedAt: built.request.steps.at(-1)?.decidedAt ?? built.request.submittedAt,
    };
    inputs.taken.add(plan.deal.id);
  }
}

/** The registration requests behind some approved and rejected deals of the last months. */
export function decidedDealRegistrations(
  inputs: RequestInputs,
  counts: { approved: number; rejected: number },
) {
  const { random, context } = inputs;
  const recent = (plan: DealPlan) =>
    plan.registeredMs > context.nowMs - 180 * DAY && !inputs.taken.has(plan.deal.id);
  const approved = random
    .shuffle(inputs.deals.filter((plan) => plan.approvedMs !== null && recent(plan)))
    .slice(0, counts.approved);
  for (const plan of approved) {
    const approvedMs = plan.approvedMs ?? plan.registeredMs + HOUR;
    inputs.add(
      inputs.builder.decided(registrationDraft(inputs, plan), {
        submittedMs: plan.registeredMs,
        decidedMs: approvedMs,
        outcome: 'approved',
        finalNote: `Approved: protected until ${calendarDateAt(approvedMs + PROTECTION_DAYS * DAY)}`,
      }),
    );
    inputs.taken.add(plan.deal.id);
  }
  const rejected = random
    .shuffle(
      inputs.deals.filter((plan) => plan.deal.registrationStatus === 'rejected' && recent(plan)),
    )
    .slice(0, counts.rejected);
  for (const plan of rejected) {
    const reason = plan.deal.rejectionReason ?? 'other';
    inputs.add(
      inputs.builder.decided(registrationDraft(inputs, plan), {
        submittedMs: plan.registeredMs,
        decidedMs: Math.min(plan.registeredMs + random.int(4, 72) * HOUR, context.nowMs - HOUR),
        outcome: 'rejected',
        finalNote: rejectionNotes[reason],
      }),
    );
    inputs.taken.add(plan.deal.id);
  }
}
