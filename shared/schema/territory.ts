import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes, type StoredDocument } from './collection';
import {
  CalendarDate,
  CountryCode,
  CurrencyCode,
  Id,
  Name,
  ServerStamp,
  Timestamp,
} from './primitives';

/** Months a rollup covers at most: the current year and the one before, and some slack. */
export const MAX_ROLLUP_MONTHS = 36;

const MonthCounts = Type.Array(Type.Integer({ minimum: 0 }), { maxItems: MAX_ROLLUP_MONTHS });

/** From `validOn` on (until a later date's rate), one unit of the base buys `unitsPerBase`. */
const DatedRateSchema = Type.Object(
  {
    currency: CurrencyCode,
    validOn: CalendarDate,
    unitsPerBase: Type.Number({ exclusiveMinimum: 0 }),
  },
  { additionalProperties: false },
);

/** The store's dated exchange rates (server/workflow/exchange-rates.ts), replicated here. */
export const ExchangeRatesSchema = Type.Object(
  { baseCurrency: CurrencyCode, rates: Type.Array(DatedRateSchema, { maxItems: 5000 }) },
  { additionalProperties: false },
);

/**
 * One currency's money of a partner, month by month (index 0 is the rollup's `firstMonth`), in
 * minor units of that currency: converted only when shown, at the rate of the month.
 */
export const RollupLaneSchema = Type.Object(
  {
    currency: CurrencyCode,
    /** Closed-won deals' amounts, by registration month. */
    wonMinor: MonthCounts,
    /** Open deals' amounts (not closed won or lost), by registration month. */
    pipelineMinor: MonthCounts,
    /** Booked revenue (the performance documents), by month. */
    revenueMinor: MonthCounts,
    /** MDF and co-op of the partner's funds, whatever their period (funds are few). */
    mdfAllocatedMinor: Type.Integer({ minimum: 0 }),
    mdfClaimedMinor: Type.Integer({ minimum: 0 }),
    mdfPaidMinor: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

/** What the dashboard needs of one partner, counted from its raw records. */
export const PartnerRollupSchema = Type.Object(
  {
    partnerId: Id,
    /** Submitted registrations (not drafts), by registration month. */
    registered: MonthCounts,
    /** Of those, approved. */
    approved: MonthCounts,
    /** Deals closed won, by registration month. */
    won: MonthCounts,
    /** Requests decided (approved or rejected), by month of their last decision. */
    decided: MonthCounts,
    /** Of those, decided within their SLA. */
    decidedInSla: MonthCounts,
    /** Hours from submission to the last decision, summed over the month's decided requests. */
    turnaroundHours: MonthCounts,
    contacts: Type.Integer({ minimum: 0 }),
    /** Contacts holding at least one certification that has not expired. */
    certifiedContacts: Type.Integer({ minimum: 0 }),
    lanes: Type.Array(RollupLaneSchema, { maxItems: 20 }),
  },
  { additionalProperties: false },
);

/**
 * The territory's figures, computed by the store from the raw deals, requests, funds, contacts
 * and performance (server/rollups/), so a dashboard opens without reading 100,000 deals.
 */
export const TerritoryRollupSchema = Type.Object(
  {
    computedAt: Timestamp,
    /** `YYYY-MM` of index 0 of every month array. */
    firstMonth: Type.String({ minLength: 7, maxLength: 7, pattern: '^\\d{4}-\\d{2}$' }),
    monthCount: Type.Integer({ minimum: 1, maximum: MAX_ROLLUP_MONTHS }),
    partners: Type.Array(PartnerRollupSchema, { maxItems: 20_000 }),
  },
  { additionalProperties: false },
);

/** A territory: the countries it covers, its CAMs and the regional manager above them. */
export const TerritorySchema = Type.Object(
  {
    id: Id,
    name: Name,
    region: Type.String({ maxLength: 60 }),
    countries: Type.Array(CountryCode, { maxItems: 60 }),
    camIds: Type.Array(Id, { maxItems: 50 }),
    managerId: Type.Union([Id, Type.Null()]),
    /** The currency its totals are shown in unless a user picks another. */
    reportingCurrency: CurrencyCode,
    exchangeRates: ExchangeRatesSchema,
    rollup: Type.Union([TerritoryRollupSchema, Type.Null()]),
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Territory = Static<typeof TerritorySchema>;
export type ExchangeRates = Static<typeof ExchangeRatesSchema>;
export type TerritoryRollup = Static<typeof TerritoryRollupSchema>;
export type PartnerRollup = Static<typeof PartnerRollupSchema>;
export type RollupLane = Static<typeof RollupLaneSchema>;

/** The reporting currency a territory gets until its documents say otherwise. */
export const DEFAULT_REPORTING_CURRENCY = 'USD';

/**
 * Version 2 adds the reporting currency, the exchange rates and the rollup; a territory stored
 * before has none of the rates until the store next writes it (012_territory_money.sql does the
 * same to stored territories, with the store's rates).
 */
const addMoneyAndRollup = (territory: StoredDocument): StoredDocument => ({
  ...territory,
  reportingCurrency: DEFAULT_REPORTING_CURRENCY,
  exchangeRates: { baseCurrency: DEFAULT_REPORTING_CURRENCY, rates: [] },
  rollup: null,
});

export const territoriesCollection = defineCollection({
  name: 'territories',
  version: 2,
  schema: TerritorySchema,
  primaryKey: 'id',
  indexes: [],
  upgrades: { 1: leanerLocalIndexes, 2: addMoneyAndRollup },
});
