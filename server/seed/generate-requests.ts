import type { Contact, Decision, Request, RequestType } from '../../shared/schema';
import type { SpiffPlan } from './catalog';
import { apportion, DAY, HOUR, type GenerationContext } from './context';
import type { DealPlan } from './generate-deals';
import type { FundBook } from './generate-funds';
import type { PartnerProfile } from './generate-partners';
import type { Random } from './random';
import {
  requestBuilder,
  type BuiltRequest,
  type OpenShape,
  type RequestDraft,
} from './request-builder';
import {
  decidedDealRegistrations,
  decidedSpecialPricing,
  openDealRegistrations,
  openSpecialPricing,
} from './requests-deals';
import {
  decidedPreapprovals,
  openMdfClaims,
  openPreapprovals,
  openSpiffClaims,
} from './requests-money';
import { routeOnboarding, slaHours } from './routing';

/** Everything the request generators read, and where they put what they build. */
export type RequestInputs = {
  context: GenerationContext;
  random: Random;
  builder: ReturnType<typeof requestBuilder>;
  profiles: readonly PartnerProfile[];
  contactsByPartner: ReadonlyMap<string, readonly Contact[]>;
  deals: readonly DealPlan[];
  fundBook: FundBook;
  spiffs: readonly SpiffPlan[];
  /** Subjects that already have a request of a kind that allows only one. */
  taken: Set<string>;
  add(built: BuiltRequest): void;
  submitter(profile: PartnerProfile): string;
};

/** Shares of the open queue by type; supply limits (onboarding partners) move the rest. */
export const openShares: ReadonlyArray<readonly [RequestType, number]> = [
  ['deal_registration', 35],
  ['special_pricing', 15],
  ['mdf_preapproval', 13],
  ['mdf_claim', 12],
  ['spiff_claim', 13],
  ['partner_onboarding', 12],
];

/** Share of open deal registrations that conflict with another partner's protected deal. */
export const PENDING_CONFLICT_SHARE = 0.1;

export function openQuotas(openRequests: number): Record<RequestType, number> {
  const counts = apportion(
    openRequests,
    openShares.map(([, share]) => share),
  );
  return Object.fromEntries(
    openShares.map(([type], index) => [type, counts[index] ?? 0]),
  ) as Record<RequestType, number>;
}

export function generateRequests(
  context: GenerationContext,
  sources: Pick<RequestInputs, 'profiles' | 'deals' | 'fundBook' | 'spiffs'> & {
    contacts: readonly Contact[];
  },
): { requests: Request[]; decisions: Decision[] } {
  const random = context.random.fork('requests');
  const requests: Request[] = [];
  const decisions: Decision[] = [];
  const contactsByPartner = new Map<string, Contact[]>();
  for (const contact of sources.contacts) {
    const list = contactsByPartner.get(contact.partnerId) ?? [];
    list.push(contact);
    contactsByPartner.set(contact.partnerId, list);
  }
  const inputs: RequestInputs = {
    ...sources,
    context,
    random,
    builder: requestBuilder(context, random.fork('timeline')),
    contactsByPartner,
    taken: new Set(),
    add(built) {
      requests.push(built.request);
      decisions.push(...built.decisions);
    },
    submitter: (profile) =>
      contactsByPartner.get(profile.partner.id)?.[0]?.name ?? profile.partner.name,
  };

  const quotas = openQuotas(context.scale.openRequests);
  let shortfall = 0;
  const fill = (wanted: number, created: number) => {
    shortfall += wanted - created;
  };
  fill(quotas.partner_onboarding, openOnboarding(inputs, quotas.partner_onboarding));
  fill(quotas.special_pricing, openSpecialPricing(inputs, quotas.special_pricing));
  fill(quotas.mdf_claim, openMdfClaims(inputs, quotas.mdf_claim));
  fill(quotas.mdf_preapproval, openPreapprovals(inputs, quotas.mdf_preapproval));
  fill(quotas.spiff_claim, openSpiffClaims(inputs, quotas.spiff_claim));
  // Deal registrations are never short of subjects: they take up what other types could not.
  const registrations = quotas.deal_registration + shortfall;
  if (openDealRegistrations(inputs, registrations) < registrations) {
    throw new Error('Not enough deals for the open deal registrations');
  }

  const [approved = 0, rejected = 0, pricing = 0, preapprovals = 0, onboarding = 0] = apportion(
    context.scale.decidedRequests,
    [40, 15, 15, 15, 15],
  );
  decidedDealRegistrations(inputs, { approved, rejected });
  decidedSpecialPricing(inputs, pricing);
  decidedPreapprovals(inputs, preapprovals);
  decidedOnboarding(inputs, onboarding);
  return { requests, decisions };
}

/** How far along an open request is, and how long its pending step has waited. */
export function openShape(random: Random, type: RequestType, steps: number): OpenShape {
  const approvedSteps = steps > 1 && random.chance(0.4) ? random.int(1, steps - 1) : 0;
  const overdue = random.chance(0.28);
  const sla = slaHours[type] * HOUR;
  return {
    approvedSteps,
    pendingForMs: sla * (overdue ? random.between(1.05, 3) : random.between(0.02, 0.95)),
    returnedOnce: approvedSteps === 0 && random.chance(0.12),
  };
}

function onboardingDraft(inputs: RequestInputs, profile: PartnerProfile): RequestDraft {
  return {
    type: 'partner_onboarding',
    partner: profile.partner,
    subjectId: profile.partner.id,
    title: `Onboarding application · ${profile.partner.name}`,
    amount: null,
    discountPercent: null,
    roles: routeOnboarding(),
    routingNote: 'applications go to the CAM',
    submittedBy: inputs.submitter(profile),
  };
}

/** Every partner in onboarding has its application waiting, up to the quota. */
function openOnboarding(inputs: RequestInputs, count: number): number {
  const applicants = inputs.profiles.filter(({ partner }) => partner.status === 'onboarding');
  let created = 0;
  for (const profile of inputs.random.shuffle(applicants).slice(0, count)) {
    const draft = onboardingDraft(inputs, profile);
    inputs.add(
      inputs.builder.open(draft, openShape(inputs.random, draft.type, draft.roles.length)),
    );
    inputs.taken.add(`partner_onboarding|${profile.partner.id}`);
    created += 1;
  }
  return created;
}

/** Applications of partners who joined this past year, approved into their tier. */
function decidedOnboarding(inputs: RequestInputs, count: number) {
  const { nowMs } = inputs.context;
  const joinedLately = inputs.profiles.filter(
    ({ partner, joinedMs }) => partner.status === 'active' && joinedMs > nowMs - 365 * DAY,
  );
  for (const profile of inputs.random.shuffle(joinedLately).slice(0, count)) {
    const draft = onboardingDraft(inputs, profile);
    inputs.add(
      inputs.builder.decided(draft, {
        submittedMs: profile.joinedMs - inputs.random.int(5, 20) * DAY,
        decidedMs: profile.joinedMs,
        outcome: 'approved',
        finalNote: `Approved into the ${profile.partner.tier} tier`,
      }),
    );
  }
}
