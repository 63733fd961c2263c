import {
  territoriesCollection,
  type Contact,
  type Deal,
  type ExchangeRates,
  type Fund,
  type Partner,
  type Performance,
  type Request,
  type Territory,
} from '../../shared/schema';
import { computeTerritoryRollup, rollupWindowEnding } from '../../shared/rules/territory-rollup';
import type { Database, Queryable } from '../db/database';
import { documentStore } from '../sync/document-store';
import type { ExchangeRate } from '../workflow/exchange-rates';
import { exchangeRates } from '../workflow/workflow-store';

/** The current year and the one before: what the dashboard's periods reach back to. */
export const ROLLUP_MONTHS = 24;

/** The base every territory's replicated rates are quoted against (the workflow's own). */
export const RATES_BASE_CURRENCY = 'USD';

/** Everything a rollup counts, for any number of territories. */
export type TerritoryRecords = {
  partners: readonly Pick<Partner, 'id' | 'territoryId'>[];
  deals: readonly Deal[];
  requests: readonly Request[];
  funds: readonly Fund[];
  contacts: readonly Contact[];
  performance: readonly Performance[];
};

/** The store's rates as a territory document carries them. */
export function rateTableOf(rates: readonly ExchangeRate[]): ExchangeRates {
  return {
    baseCurrency: RATES_BASE_CURRENCY,
    rates: rates
      .filter((rate) => rate.baseCurrency === RATES_BASE_CURRENCY)
      .map(({ currency, validOn, unitsPerBase }) => ({ currency, validOn, unitsPerBase }))
      .sort((a, b) =>
        a.currency === b.currency
          ? a.validOn.localeCompare(b.validOn)
          : a.currency.localeCompare(b.currency),
      ),
  };
}

function byTerritory<Row extends { territoryId: string }>(rows: readonly Row[]) {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    const list = grouped.get(row.territoryId);
    if (list) list.push(row);
    else grouped.set(row.territoryId, [row]);
  }
  return (territoryId: string): Row[] => grouped.get(territoryId) ?? [];
}

/**
 * The territories with the store's rates and a rollup counted from their records as of
 * `computedAt`: what the store replicates so that a dashboard never reads the raw deals on open.
 */
export function withMoneyAndRollups(
  territories: readonly Territory[],
  records: TerritoryRecords,
  rates: readonly ExchangeRate[],
  computedAt: string,
): Territory[] {
  const window = rollupWindowEnding(computedAt, ROLLUP_MONTHS);
  const partners = byTerritory(records.partners);
  const deals = byTerritory(records.deals);
  const requests = byTerritory(records.requests);
  const funds = byTerritory(records.funds);
  const contacts = byTerritory(records.contacts);
  const performance = byTerritory(records.performance);
  const exchangeRates = rateTableOf(rates);
  return territories.map((territory) => ({
    ...territory,
    exchangeRates,
    rollup: computeTerritoryRollup(
      {
        partnerIds: partners(territory.id).map((partner) => partner.id),
        deals: deals(territory.id),
        requests: requests(territory.id),
        funds: funds(territory.id),
        contacts: contacts(territory.id),
        performance: performance(territory.id),
      },
      window,
      computedAt,
    ),
  }));
}

async function liveDocuments<Doc>(db: Queryable, table: string, territoryId: string) {
  const rows = await db.query<{ doc: Doc }>(
    `SELECT doc FROM ${table} WHERE territory_id = $1 AND NOT deleted`,
    [territoryId],
  );
  return rows.map((row) => row.doc);
}

/**
 * Recounts every territory's rollup from the stored records and writes the territories with
 * the store's current rates, as server changes that replicate like any other. Run after a seed
 * and whenever the figures should catch up (`npx tsx server/rollups/cli.ts`); between runs each client
 * adds the deal changes it receives on top (renderer/features/dashboard).
 */
export async function refreshTerritoryRollups(
  database: Database,
  now: Date = new Date(),
): Promise<Territory[]> {
  const territories = (
    await database.query<{ doc: Territory }>('SELECT doc FROM territories WHERE NOT deleted')
  ).map((row) => row.doc);
  const rates = await exchangeRates(database, [RATES_BASE_CURRENCY]);
  const refreshed: Territory[] = [];
  for (const territory of territories) {
    const records: TerritoryRecords = {
      partners: await liveDocuments<Partner>(database, 'partners', territory.id),
      deals: await liveDocuments<Deal>(database, 'deals', territory.id),
      requests: await liveDocuments<Request>(database, 'requests', territory.id),
      funds: await liveDocuments<Fund>(database, 'funds', territory.id),
      contacts: await liveDocuments<Contact>(database, 'contacts', territory.id),
      performance: await liveDocuments<Performance>(database, 'performance', territory.id),
    };
    refreshed.push(...withMoneyAndRollups([territory], records, rates, now.toISOString()));
  }
  await documentStore<Territory>(database, territoriesCollection).put(refreshed, now);
  return refreshed;
}
