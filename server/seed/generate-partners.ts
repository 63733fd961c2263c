import type { Partner, PartnerAgreement, PartnerTier } from '../../shared/schema';
import { onboardingItems, partnerTiers } from '../../shared/schema';
import { apportion, calendarDateAt, DAY, isoAt, itemAt, sequenceId, utcYear } from './context';
import type { GenerationContext } from './context';
import { partnerBrandName, slug } from './names';
import { countryOf, type Country, type NameLanguage } from './places';
import type { Random } from './random';
import { coverers, territoryPlan } from './staff';

type PartnerType = Partner['type'];
type PartnerStatus = Partner['status'];

/** A partner document and what the rest of the generator sizes its business by. */
export type PartnerProfile = {
  partner: Partner;
  /** The trading name, without the legal form. */
  brand: string;
  /** Relative size, a Pareto draw: a few partners carry most of the business. */
  weight: number;
  language: NameLanguage;
  currency: string;
  domain: string;
  joinedMs: number;
};

const statusShares: ReadonlyArray<readonly [PartnerStatus, number]> = [
  ['active', 76],
  ['onboarding', 9],
  ['prospect', 7],
  ['suspended', 5],
  ['terminated', 3],
];

const typeShares: ReadonlyArray<readonly [PartnerType, number]> = [
  ['reseller', 55],
  ['msp', 22],
  ['referral', 14],
  ['distributor', 9],
];

/** A CAM actively manages about this many partners; the long tail may have no owner. */
const MANAGED_PER_CAM = 25;
const AGREEMENT_TERM_DAYS = 3 * 365;

export function generatePartners(context: GenerationContext): PartnerProfile[] {
  const random = context.random.fork('partners');
  const count = context.scale.partners;
  const plans = context.scale.territoryIds.map(territoryPlan);
  const statuses = random.shuffle(quota(count, statusShares));
  const types = random.shuffle(quota(count, typeShares));
  const taken = { names: new Set<string>(), domains: new Set<string>(), stems: new Set<string>() };

  const profiles = statuses.map((status, index): PartnerProfile => {
    const plan = itemAt(plans, index % plans.length);
    // Every country of a territory gets partners before the weighted draw takes over.
    const slot = Math.floor(index / plans.length);
    const countryCode = plan.countries[slot]?.[0] ?? random.weighted(plan.countries);
    const country = countryOf(countryCode);
    const type = itemAt(types, index);
    const brand = uniqueBrand(random, country, type, taken);
    const domain = uniqueDomain(slug(brand), country.tld, taken.domains);
    const newcomer = status === 'prospect' || status === 'onboarding';
    const size = Math.min(random.pareto(1, 1.16), 400) * (type === 'distributor' ? 3 : 1);
    const joinedMs =
      context.nowMs -
      DAY *
        (status === 'prospect'
          ? random.int(0, 30)
          : status === 'onboarding'
            ? random.int(5, 60)
            : random.int(120, 8 * 365));
    const id = sequenceId('partner', index + 1, 4);
    return {
      brand,
      weight: newcomer ? Math.min(size, 1.5) : size,
      language: country.language,
      currency: country.currency,
      domain,
      joinedMs,
      partner: {
        id,
        name: `${brand} ${random.pick(country.legalForms)}`,
        type,
        tier: 'registered',
        status,
        territoryId: plan.id,
        region: plan.region,
        country: country.code,
        city: random.pick(country.cities),
        parentId: null,
        accountOwnerId: null,
        locations: [],
        agreements: [],
        onboarding: [],
        businessPlans: [],
        revenueYtd: { amountMinor: 0, currency: country.currency },
        updatedAt: context.updatedAt,
      },
    };
  });

  assignTiers(random, profiles);
  formDistributorGroups(random, profiles, taken);
  for (const profile of profiles) {
    const { partner } = profile;
    partner.locations = locationsOf(random, profile);
    partner.onboarding = onboardingOf(random, profile, context.nowMs);
    partner.agreements = agreementsOf(profile, context.nowMs);
  }
  assignOwners(random, context, profiles);
  return profiles;
}

/** Exactly `count` items in the given proportions. */
function quota<Item>(count: number, shares: ReadonlyArray<readonly [Item, number]>): Item[] {
  const counts = apportion(
    count,
    shares.map(([, share]) => share),
  );
  return shares.flatMap(([item], index) => Array<Item>(counts[index] ?? 0).fill(item));
}

type TakenNames = { names: Set<string>; domains: Set<string>; stems: Set<string> };

function uniqueBrand(random: Random, country: Country, type: PartnerType, taken: TakenNames) {
  const draw = () => partnerBrandName(random, country.language, type, taken.stems);
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const brand = draw();
    if (!taken.names.has(brand)) return remember(taken.names, brand);
  }
  // Crowded name space (the large scale): a city qualifies the name, as real companies do.
  const base = `${draw()} ${random.pick(country.cities)}`;
  let brand = base;
  for (let number = 2; taken.names.has(brand); number += 1) brand = `${base} ${number}`;
  return remember(taken.names, brand);
}

function uniqueDomain(stem: string, tld: string, taken: Set<string>): string {
  let domain = `${stem}.${tld}`;
  for (let number = 2; taken.has(domain); number += 1) domain = `${stem}${number}.${tld}`;
  return remember(taken, domain);
}

function remember(taken: Set<string>, value: string): string {
  taken.add(value);
  return value;
}

/**
 * Tiers follow revenue rank (few platinum, many registered and silver), except that about one
 * partner in twelve sits a tier off, as in real programs where tiers lag performance.
 */
function assignTiers(random: Random, profiles: PartnerProfile[]) {
  const established = profiles
    .filter(({ partner }) => partner.status !== 'prospect' && partner.status !== 'onboarding')
    .sort((a, b) => b.weight - a.weight);
  established.forEach((profile, rank) => {
    const share = rank / established.length;
    let level = share < 0.06 ? 3 : share < 0.2 ? 2 : share < 0.5 ? 1 : 0;
    if (random.chance(1 / 12))
      level = Math.max(0, Math.min(3, level + (random.chance(0.5) ? 1 : -1)));
    profile.partner.tier = partnerTiers[level] ?? 'registered';
  });
}

function locationsOf(random: Random, { partner, weight }: PartnerProfile): Partner['locations'] {
  const country = countryOf(partner.country);
  const headquarters = { city: partner.city, country: partner.country, headquarters: true };
  if (weight < 12) return [headquarters];
  const branches = random
    .shuffle(country.cities.filter((city) => city !== partner.city))
    .slice(0, random.int(1, 3))
    .map((city) => ({ city, country: partner.country, headquarters: false }));
  return [headquarters, ...branches];
}

/** Established partners finished onboarding; onboarding ones are part way; prospects not begun. */
function onboardingOf(random: Random, { partner, joinedMs }: PartnerProfile, nowMs: number) {
  const steps = random.shuffle(onboardingItems);
  const done =
    partner.status === 'prospect'
      ? 0
      : partner.status === 'onboarding'
        ? random.int(1, onboardingItems.length - 1)
        : onboardingItems.length;
  const doneItems = new Set(steps.slice(0, done));
  return onboardingItems.map((item, index) => ({
    item,
    doneAt: doneItems.has(item) ? isoAt(Math.min(joinedMs + index * 3 * DAY, nowMs - DAY)) : null,
  }));
}

function agreementsOf({ partner, joinedMs }: PartnerProfile, nowMs: number): PartnerAgreement[] {
  const done = (item: (typeof onboardingItems)[number]) =>
    partner.onboarding.some((entry) => entry.item === item && entry.doneAt !== null);
  const kind =
    partner.type === 'distributor'
      ? 'distribution'
      : partner.type === 'msp'
        ? 'msp'
        : ('reseller' as const);
  const agreements: PartnerAgreement[] = [
    {
      id: `${partner.id}-nda`,
      kind: 'nda',
      signedOn: done('nda_signed') ? calendarDateAt(joinedMs - 20 * DAY) : null,
      expiresOn: null,
    },
    {
      id: `${partner.id}-${kind}`,
      kind,
      signedOn: done('agreement_signed') ? calendarDateAt(joinedMs) : null,
      expiresOn: done('agreement_signed') ? agreementExpiry(partner, joinedMs, nowMs) : null,
    },
  ];
  if (partner.status === 'active' && partner.tier !== 'registered') {
    const year = utcYear(nowMs);
    agreements.push({
      id: `${partner.id}-mdf-terms-${year}`,
      kind: 'mdf_terms',
      signedOn: calendarDateAt(Math.max(joinedMs, Date.UTC(year, 0, 1))),
      expiresOn: `${year}-12-31`,
    });
  }
  return agreements;
}

/** Three-year terms renewed on time for active partners; lapsed for suspended and terminated. */
function agreementExpiry(partner: Partner, signedMs: number, nowMs: number): string {
  const term = AGREEMENT_TERM_DAYS * DAY;
  const termsServed = Math.max(1, Math.ceil((nowMs - signedMs) / term));
  const lapsed = partner.status === 'suspended' || partner.status === 'terminated';
  const expiresMs = signedMs + (lapsed ? Math.max(1, termsServed - 1) : termsServed) * term;
  return calendarDateAt(lapsed ? Math.min(expiresMs, nowMs - 10 * DAY) : expiresMs);
}

/**
 * Each CAM owns about MANAGED_PER_CAM of a territory's biggest partners; half the long tail has
 * an owner and prospects have none yet.
 */
function assignOwners(random: Random, context: GenerationContext, profiles: PartnerProfile[]) {
  for (const territoryId of context.scale.territoryIds) {
    const cams = coverers(context.users, territoryId, 'cam');
    const inTerritory = profiles
      .filter(({ partner }) => partner.territoryId === territoryId)
      .sort((a, b) => b.weight - a.weight);
    inTerritory.forEach(({ partner }, rank) => {
      const managed = rank < MANAGED_PER_CAM * cams.length;
      if (partner.status === 'prospect' || (!managed && random.chance(0.5))) return;
      partner.accountOwnerId = cams[rank % cams.length]?.id ?? null;
    });
  }
}

/** The biggest distributors head groups whose country subsidiaries are partners of their own. */
function formDistributorGroups(random: Random, profiles: PartnerProfile[], taken: TakenNames) {
  const parents = profiles
    .filter(({ partner }) => partner.type === 'distributor' && partner.status === 'active')
    .sort((a, b) => b.weight - a.weight);
  const groups = parents.slice(0, Math.max(1, Math.ceil(parents.length / 4)));
  const inGroup = new Set(groups.map(({ partner }) => partner.id));
  for (const parent of groups) {
    const candidates = random.shuffle(
      profiles.filter(
        ({ partner }) =>
          !inGroup.has(partner.id) &&
          partner.status === 'active' &&
          partner.territoryId === parent.partner.territoryId &&
          partner.country !== parent.partner.country,
      ),
    );
    const parentBrand = parent.brand;
    for (const child of candidates.slice(0, random.int(1, 3))) {
      const country = countryOf(child.partner.country);
      const name = `${parentBrand} ${country.name}`;
      if (taken.names.has(name)) continue;
      inGroup.add(child.partner.id);
      taken.names.add(name);
      child.brand = name;
      child.partner.name = `${name} ${random.pick(country.legalForms)}`;
      child.partner.type = 'distributor';
      child.partner.parentId = parent.partner.id;
      child.domain = uniqueDomain(slug(parentBrand), country.tld, taken.domains);
    }
  }
}

export function tierRank(tier: PartnerTier): number {
  return partnerTiers.indexOf(tier);
}
