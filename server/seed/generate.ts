import type { CollectionDocument, ReplicatedCollectionName } from '../../shared/schema';
import { withMoneyAndRollups } from '../rollups/territory-rollups';
import { generatePrograms, generateProducts, pricebookOf, spiffPrograms } from './catalog';
import type { GenerationContext } from './context';
import { attachBusinessPlans } from './business-plans';
import { assignChannelConflicts, plantChannelConflicts } from './deal-conflicts';
import { generateActivities } from './generate-activities';
import { generateContacts } from './generate-contacts';
import { generateDeals } from './generate-deals';
import { generateFunds, settleFunds } from './generate-funds';
import { generatePartners } from './generate-partners';
import { generatePerformance } from './generate-performance';
import { generateRequests, openQuotas, PENDING_CONFLICT_SHARE } from './generate-requests';
import { seededRandom } from './random';
import { scales, type ScaleName } from './scales';
import { staffFor, territoriesFor, territoryPlan } from './staff';
import { demoExchangeRates } from './workflow-seed';

/** Every replicated collection's documents, by collection name. */
export type Dataset = { [Name in ReplicatedCollectionName]: CollectionDocument<Name>[] };

export type DatasetOptions = {
  scale: ScaleName;
  seed: number;
  /** The instant the data is "as of": due dates, expiries and history are placed around it. */
  now: Date;
};

/** The seed the demo and the CLI use unless told otherwise. */
export const DEFAULT_SEED = 20261124;

/**
 * A complete, internally consistent PRM data set. The same (scale, seed, now) always gives the
 * same documents: all randomness comes from the seeded generator, all time from `now`.
 */
export function generateDataset({ scale, seed, now }: DatasetOptions): Dataset {
  const nowMs = now.getTime();
  if (!Number.isFinite(nowMs)) throw new Error('generateDataset needs a valid `now`');
  if (!Number.isInteger(seed)) throw new Error(`The seed must be a whole number (got ${seed})`);
  const definition = scales[scale];
  const updatedAt = now.toISOString();
  const users = staffFor(definition.territoryIds, updatedAt);
  const context: GenerationContext = {
    scale: definition,
    nowMs,
    updatedAt,
    random: seededRandom(seed),
    users,
    territories: territoriesFor(definition.territoryIds, users, updatedAt),
  };

  const profiles = generatePartners(context);
  const contacts = generateContacts(context, profiles);
  const products = generateProducts(context, sellingCountries(definition.territoryIds));
  const spiffs = spiffPrograms(context);
  const deals = generateDeals(context, profiles, pricebookOf(products));
  plantChannelConflicts(context, deals, {
    pending: Math.round(
      openQuotas(definition.openRequests).deal_registration * PENDING_CONFLICT_SHARE,
    ),
    rejected: Math.round(deals.length * 0.01),
  });
  const fundBook = generateFunds(context, profiles);
  const { requests, decisions } = generateRequests(context, {
    profiles,
    deals,
    fundBook,
    spiffs,
    contacts,
  });
  // Requests gave registrations their final statuses: now the rule can say who conflicts.
  assignChannelConflicts(
    deals.map((plan) => plan.deal),
    now,
  );
  const performance = generatePerformance(context, profiles, deals, contacts, fundBook.spend);
  for (const { partner } of profiles) {
    partner.revenueYtd.amountMinor = performance.revenueYtd.get(partner.id) ?? 0;
  }
  settleFunds(fundBook.funds, performance.revenueYtd);
  attachBusinessPlans(context, profiles, performance);
  const activities = generateActivities(context, profiles, {
    deals,
    requests,
    funds: fundBook.funds,
    contacts,
  });

  return {
    territories: withMoneyAndRollups(
      context.territories,
      {
        partners: profiles.map((profile) => profile.partner),
        deals: deals.map((plan) => plan.deal),
        requests,
        funds: fundBook.funds,
        contacts,
        performance: performance.performance,
      },
      demoExchangeRates(),
      updatedAt,
    ),
    users,
    programs: generatePrograms(context, spiffs),
    products,
    partners: profiles.map((profile) => profile.partner),
    contacts,
    deals: deals.map((plan) => plan.deal),
    requests,
    decisions,
    funds: fundBook.funds,
    performance: performance.performance,
    activities,
  };
}

/** Partner countries and the countries their customers buy from across the border. */
function sellingCountries(territoryIds: readonly string[]): string[] {
  const codes = territoryIds.flatMap((id) => {
    const plan = territoryPlan(id);
    return [...plan.countries.map(([code]) => code), ...plan.crossBorderCountries];
  });
  return [...new Set(codes)];
}
