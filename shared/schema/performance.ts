import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes } from './collection';
import { CurrencyCode, Id, ServerStamp, TerritoryScope } from './primitives';

const MonthlyPerformance = Type.Object(
  {
    month: Type.Integer({ minimum: 1, maximum: 12 }),
    revenueMinor: Type.Integer({ minimum: 0 }),
    pipelineMinor: Type.Integer({ minimum: 0 }),
    dealsRegistered: Type.Integer({ minimum: 0 }),
    dealsWon: Type.Integer({ minimum: 0 }),
    dealsLost: Type.Integer({ minimum: 0 }),
    mdfSpendMinor: Type.Integer({ minimum: 0 }),
    certifiedContacts: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

/**
 * A partner's monthly performance for one year, in the partner's currency: one document per
 * partner-year keeps 48 months at 4 documents per partner instead of 48.
 */
export const PerformanceSchema = Type.Object(
  {
    id: Id,
    partnerId: Id,
    ...TerritoryScope,
    year: Type.Integer({ minimum: 2000, maximum: 2100, multipleOf: 1 }),
    currency: CurrencyCode,
    months: Type.Array(MonthlyPerformance, { maxItems: 12 }),
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Performance = Static<typeof PerformanceSchema>;
export type MonthlyPerformance = Static<typeof MonthlyPerformance>;

export const performanceCollection = defineCollection({
  name: 'performance',
  version: 1,
  schema: PerformanceSchema,
  primaryKey: 'id',
  indexes: ['partnerId'],
  upgrades: { 1: leanerLocalIndexes },
});
