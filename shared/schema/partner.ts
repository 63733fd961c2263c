import Type, { type Static } from 'typebox';
import { defineCollection } from './collection';
import { CountryCode, Id, Money, StringEnum, Timestamp } from './primitives';

export const partnerTypes = ['reseller', 'distributor', 'msp', 'referral'] as const;
export const partnerTiers = ['registered', 'silver', 'gold', 'platinum'] as const;
export const partnerStatuses = [
  'prospect',
  'onboarding',
  'active',
  'suspended',
  'terminated',
] as const;

export const PartnerSchema = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    type: StringEnum(partnerTypes),
    tier: StringEnum(partnerTiers),
    status: StringEnum(partnerStatuses),
    territoryId: Id,
    country: CountryCode,
    city: Type.String({ maxLength: 120 }),
    revenueYtd: Money,
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
);

export type Partner = Static<typeof PartnerSchema>;

export const partnersCollection = defineCollection({
  name: 'partners',
  version: 0,
  schema: PartnerSchema,
  primaryKey: 'id',
  indexes: ['name', 'territoryId', 'updatedAt'],
});
