import type { Contact, Fund } from '../../shared/schema';
import { DAY, HOUR } from './context';
import type { PartnerProfile } from './generate-partners';
import { openShape, type RequestInputs } from './generate-requests';
import { digitsOf, minorFromUsd, usdFromMinor } from './places';
import type { RequestDraft } from './request-builder';
import {
  MDF_PREAPPROVAL_MANAGER_THRESHOLD_USD,
  routeMdfClaim,
  routeMdfPreapproval,
  routeSpiffClaim,
  SPIFF_FINANCE_THRESHOLD_USD,
} from './routing';
import { withAttendeeList } from './proof-files';

/** Marketing activities, as partners name them in their own language. */
const marketingActivities = {
  en: [
    'Webinar series',
    'Trade show booth',
    'Lead generation campaign',
    'Customer roadshow',
    'Digital ads campaign',
    'Executive breakfast',
  ],
  es: [
    'Serie de webinars',
    'Stand en feria',
    'Campaña de generación de leads',
    'Roadshow con clientes',
    'Campaña de anuncios digitales',
    'Desayuno ejecutivo',
  ],
  pt: [
    'Série de webinars',
    'Estande em feira',
    'Campanha de geração de leads',
    'Roadshow com clientes',
    'Campanha de anúncios digitais',
    'Café da manhã executivo',
  ],
} as const;

const MAX_OPEN_PREAPPROVALS_PER_FUND = 3;

type FundChoice = { fund: Fund; profile: PartnerProfile };

/** MDF allocations of active partners, in a shuffled order to draw from. */
function mdfFunds(inputs: RequestInputs): FundChoice[] {
  const profiles = new Map(inputs.profiles.map((profile) => [profile.partner.id, profile]));
  return inputs.random.shuffle(
    inputs.fundBook.funds.flatMap((fund) => {
      const profile = profiles.get(fund.partnerId);
      return fund.fundType === 'mdf' && profile ? [{ fund, profile }] : [];
    }),
  );
}

/** A pre-approval's size: a few thousand dollars, skewed, in whole units of the fund's currency. */
function preapprovalAmount(inputs: RequestInputs, fund: Fund): number {
  const usd = Math.min(Math.max(inputs.random.lognormal(3_500, 0.7), 500), 40_000);
  const unit = 10 ** digitsOf(fund.allocated.currency);
  return Math.max(unit, Math.round(minorFromUsd(usd, fund.allocated.currency) / unit) * unit);
}

function preapprovalDraft(
  inputs: RequestInputs,
  choice: FundChoice,
  amountMinor: number,
  activity: string,
): RequestDraft {
  const currency = choice.fund.allocated.currency;
  const amountUsd = usdFromMinor(amountMinor, currency);
  return {
    type: 'mdf_preapproval',
    partner: choice.profile.partner,
    subjectId: choice.fund.id,
    title: `MDF pre-approval · ${activity}`,
    amount: { amountMinor, currency },
    discountPercent: null,
    roles: routeMdfPreapproval(amountUsd),
    routingNote:
      amountUsd > MDF_PREAPPROVAL_MANAGER_THRESHOLD_USD
        ? `above USD ${MDF_PREAPPROVAL_MANAGER_THRESHOLD_USD.toLocaleString('en-US')}`
        : 'within the CAM limit',
    submittedBy: inputs.submitter(choice.profile),
  };
}

/** An approved pre-approval that reserved its amount from the fund; null when it would not fit. */
function approvedPreapproval(inputs: RequestInputs, choice: FundChoice, activity: string) {
  const { random, context } = inputs;
  const amountMinor = preapprovalAmount(inputs, choice.fund);
  if (!inputs.fundBook.reserve(choice.fund, amountMinor)) return null;
  const submittedMs = context.nowMs - random.int(25, 120) * DAY;
  const built = inputs.builder.decided(preapprovalDraft(inputs, choice, amountMinor, activity), {
    submittedMs,
    decidedMs: submittedMs + random.int(4, 96) * HOUR,
    outcome: 'approved',
    finalNote: 'Pre-approved: funds reserved',
  });
  inputs.add(built);
  return { id: built.request.id, amountMinor };
}

/**
 * Claims with proof of performance, each against an approved pre-approval of the same fund and
 * never above it (a partial claim is common).
 */
export function openMdfClaims(inputs: RequestInputs, count: number): number {
  const { random } = inputs;
  let created = 0;
  for (const choice of mdfFunds(inputs)) {
    for (let attempt = 0; attempt < 3 && created < count; attempt += 1) {
      const activity = random.pick(marketingActivities[choice.profile.language]);
      const preapproval = approvedPreapproval(inputs, choice, activity);
      if (!preapproval) break;
      const unit = 10 ** digitsOf(choice.fund.allocated.currency);
      const claimed = Math.max(
        unit,
        Math.floor((preapproval.amountMinor * random.between(0.6, 1)) / unit) * unit,
      );
      const draft: RequestDraft = {
        type: 'mdf_claim',
        partner: choice.profile.partner,
        subjectId: choice.fund.id,
        title: `MDF claim · ${activity}`,
        amount: {
          amountMinor: Math.min(claimed, preapproval.amountMinor),
          currency: choice.fund.allocated.currency,
        },
        discountPercent: null,
        roles: routeMdfClaim(),
        routingNote: 'the CAM checks the proof, finance pays',
        submittedBy: inputs.submitter(choice.profile),
        submissionNotes: [`Claim against pre-approval ${preapproval.id}`],
      };
      const built = inputs.builder.open(draft, openShape(random, draft.type, draft.roles.length));
      inputs.add({ ...built, request: withAttendeeList(built.request) });
      created += 1;
    }
    if (created >= count) break;
  }
  return created;
}

/** Pre-approvals waiting for a decision, each within what the fund still has. */
export function openPreapprovals(inputs: RequestInputs, count: number): number {
  const { random } = inputs;
  let created = 0;
  for (const choice of mdfFunds(inputs)) {
    for (let index = 0; index < MAX_OPEN_PREAPPROVALS_PER_FUND && created < count; index += 1) {
      const available = inputs.fundBook.available(choice.fund);
      const amountMinor = Math.min(
        preapprovalAmount(inputs, choice.fund),
        Math.floor(available * 0.8),
      );
      if (amountMinor < 10 ** digitsOf(choice.fund.allocated.currency)) break;
      const activity = random.pick(marketingActivities[choice.profile.language]);
      const draft = preapprovalDraft(inputs, choice, amountMinor, activity);
      inputs.add(inputs.builder.open(draft, openShape(random, draft.type, draft.roles.length)));
      created += 1;
      if (random.chance(0.5)) break;
    }
    if (created >= count) break;
  }
  return created;
}

/** Approved pre-approvals whose activity is still running: funds reserved, no claim yet. */
export function decidedPreapprovals(inputs: RequestInputs, count: number) {
  let created = 0;
  for (const choice of mdfFunds(inputs)) {
    if (created >= count) break;
    const activity = inputs.random.pick(marketingActivities[choice.profile.language]);
    if (approvedPreapproval(inputs, choice, activity)) created += 1;
  }
}

/**
 * SPIFF claims by partner sales reps, per program: units come from the partner's won deals of
 * the program's products in its period, never more than were sold; each rep (one of the
 * partner's contacts, the claim's `payee`) claims once per program, never more than the program
 * pays a rep.
 */
export function openSpiffClaims(inputs: RequestInputs, count: number): number {
  const { random } = inputs;
  const profiles = new Map(inputs.profiles.map((profile) => [profile.partner.id, profile]));
  const candidates: {
    spiff: (typeof inputs.spiffs)[number];
    profile: PartnerProfile;
    units: number;
  }[] = [];
  for (const spiff of inputs.spiffs) {
    const { validFrom, validTo } = spiff.program;
    const fromMs = Date.parse(validFrom);
    const toMs = validTo === null ? Number.POSITIVE_INFINITY : Date.parse(validTo) + DAY;
    const products = new Set(spiff.productIds);
    const units = new Map<string, number>();
    for (const plan of inputs.deals) {
      if (plan.deal.stage !== 'closed_won' || plan.closedMs === null) continue;
      if (plan.closedMs < fromMs || plan.closedMs >= toMs) continue;
      const sold = plan.deal.lines.reduce(
        (sum, line) => sum + (products.has(line.productId) ? line.quantity : 0),
        0,
      );
      if (sold > 0) units.set(plan.deal.partnerId, (units.get(plan.deal.partnerId) ?? 0) + sold);
    }
    for (const [partnerId, sold] of units) {
      const profile = profiles.get(partnerId);
      if (profile?.partner.status === 'active') candidates.push({ spiff, profile, units: sold });
    }
  }
  let created = 0;
  for (const { spiff, profile, units } of random.shuffle(candidates)) {
    const rule = spiff.program.spiff;
    if (!rule) continue;
    let left = units;
    for (const rep of salesReps(inputs.contactsByPartner.get(profile.partner.id) ?? [])) {
      if (left <= 0 || created >= count) break;
      const claimed = Math.min(left, random.int(1, rule.maxUnitsPerRep));
      left -= claimed;
      const amountMinor = claimed * rule.amountPerUnit.amountMinor;
      const amountUsd = usdFromMinor(amountMinor, rule.amountPerUnit.currency);
      const draft: RequestDraft = {
        type: 'spiff_claim',
        partner: profile.partner,
        subjectId: spiff.program.id,
        title: `SPIFF claim · ${rep.name} · ${spiff.program.name}`,
        amount: { amountMinor, currency: rule.amountPerUnit.currency },
        discountPercent: null,
        roles: routeSpiffClaim(amountUsd),
        routingNote:
          amountUsd > SPIFF_FINANCE_THRESHOLD_USD
            ? `above USD ${SPIFF_FINANCE_THRESHOLD_USD.toLocaleString('en-US')}, finance approves`
            : 'within the CAM limit',
        submittedBy: rep.name,
        submissionNotes: [`${claimed} units sold in won deals during the program`],
        payee: { name: rep.name, email: rep.email },
      };
      inputs.add(inputs.builder.open(draft, openShape(random, draft.type, draft.roles.length)));
      created += 1;
    }
    if (created >= count) break;
  }
  return created;
}

/** The people who claim SPIFFs: sales staff, or anyone when a small partner has none. */
function salesReps(contacts: readonly Contact[]): readonly Contact[] {
  const sales = contacts.filter((contact) => contact.role === 'sales');
  return sales.length > 0 ? sales : contacts.slice(0, 1);
}
