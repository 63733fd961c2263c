import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes } from './collection';
import {
  CalendarDate,
  CountryCode,
  Id,
  Money,
  Name,
  ServerStamp,
  StringEnum,
  TerritoryScope,
  Timestamp,
} from './primitives';
import { partnerTiers, partnerTypes } from './vocabulary';

export const partnerStatuses = [
  'prospect',
  'onboarding',
  'active',
  'suspended',
  'terminated',
] as const;
export const agreementKinds = ['reseller', 'nda', 'mdf_terms', 'msp', 'distribution'] as const;
export const onboardingItems = [
  'agreement_signed',
  'nda_signed',
  'sales_training',
  'technical_training',
  'portal_access',
] as const;

const Location = Type.Object(
  {
    city: Type.String({ maxLength: 120 }),
    country: CountryCode,
    headquarters: Type.Boolean(),
  },
  { additionalProperties: false },
);

/** Agreements are one-to-few per partner: embedded. */
const Agreement = Type.Object(
  {
    id: Id,
    kind: StringEnum(agreementKinds),
    signedOn: Type.Union([CalendarDate, Type.Null()]),
    expiresOn: Type.Union([CalendarDate, Type.Null()]),
  },
  { additionalProperties: false },
);

const OnboardingItem = Type.Object(
  { item: StringEnum(onboardingItems), doneAt: Type.Union([Timestamp, Type.Null()]) },
  { additionalProperties: false },
);

export const businessPlanMetrics = ['revenue', 'new_logos', 'certifications', 'pipeline'] as const;

/** A joint business plan: goals per quarter of one year, and progress against them. */
const BusinessPlan = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    currency: Type.String({ minLength: 3, maxLength: 3 }),
    quarters: Type.Array(
      Type.Object(
        {
          quarter: Type.Integer({ minimum: 1, maximum: 4 }),
          goals: Type.Array(
            Type.Object(
              {
                metric: StringEnum(businessPlanMetrics),
                target: Type.Number({ minimum: 0 }),
                actual: Type.Number({ minimum: 0 }),
              },
              { additionalProperties: false },
            ),
            { maxItems: 8 },
          ),
        },
        { additionalProperties: false },
      ),
      { maxItems: 4 },
    ),
  },
  { additionalProperties: false },
);

export const PartnerSchema = Type.Object(
  {
    id: Id,
    name: Name,
    type: StringEnum(partnerTypes),
    tier: StringEnum(partnerTiers),
    status: StringEnum(partnerStatuses),
    ...TerritoryScope,
    region: Type.String({ maxLength: 60 }),
    country: CountryCode,
    city: Type.String({ maxLength: 120 }),
    parentId: Type.Union([Id, Type.Null()]),
    /** The CAM who owns the relationship, when one is assigned. */
    accountOwnerId: Type.Union([Id, Type.Null()]),
    locations: Type.Array(Location, { maxItems: 50 }),
    agreements: Type.Array(Agreement, { maxItems: 20 }),
    onboarding: Type.Array(OnboardingItem, { maxItems: 20 }),
    businessPlans: Type.Array(BusinessPlan, { maxItems: 5 }),
    revenueYtd: Money,
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Partner = Static<typeof PartnerSchema>;
export type PartnerAgreement = Static<typeof Agreement>;
export type BusinessPlan = Static<typeof BusinessPlan>;

export const partnersCollection = defineCollection({
  name: 'partners',
  version: 2,
  schema: PartnerSchema,
  primaryKey: 'id',
  indexes: ['name'],
  upgrades: {
    // Version 1 brought the full partner model; server/migrations/002_prm_model.sql does the same.
    1: (partner) => ({
      ...partner,
      region: '',
      parentId: null,
      accountOwnerId: null,
      locations: [{ city: partner['city'], country: partner['country'], headquarters: true }],
      agreements: [],
      onboarding: [],
      businessPlans: [],
    }),
    2: leanerLocalIndexes,
  },
});
