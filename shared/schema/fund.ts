import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes } from './collection';
import { CalendarDate, Id, Money, ServerStamp, StringEnum, TerritoryScope } from './primitives';

export const fundTypes = ['mdf', 'coop'] as const;

/**
 * A partner's MDF or co-op allocation for one period. balance = allocated + accrued - reserved -
 * paid; pre-approvals reserve funds, paid claims debit them, and what is unclaimed expires.
 */
export const FundSchema = Type.Object(
  {
    id: Id,
    partnerId: Id,
    ...TerritoryScope,
    fundType: StringEnum(fundTypes),
    /** `2026-H1`, `2026-Q3` or `2026`. */
    period: Type.String({ minLength: 4, maxLength: 7, pattern: '^\\d{4}(-(H[12]|Q[1-4]))?$' }),
    budget: Money,
    allocated: Money,
    accrued: Money,
    reserved: Money,
    paid: Money,
    balance: Money,
    expiresOn: CalendarDate,
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Fund = Static<typeof FundSchema>;

export const fundsCollection = defineCollection({
  name: 'funds',
  version: 1,
  schema: FundSchema,
  primaryKey: 'id',
  indexes: ['partnerId'],
  upgrades: { 1: leanerLocalIndexes },
});
