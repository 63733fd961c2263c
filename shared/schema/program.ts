import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes } from './collection';
import { CalendarDate, Id, Money, Name, Percent, ServerStamp, StringEnum } from './primitives';
import { partnerTiers, userRoles } from './vocabulary';

export const programKinds = ['tier_program', 'spiff', 'discount_authority'] as const;

const TierRule = Type.Object(
  {
    tier: StringEnum(partnerTiers),
    minRevenue: Money,
    requiredCertifications: Type.Integer({ minimum: 0, maximum: 100 }),
    maxDiscountPercent: Percent,
  },
  { additionalProperties: false },
);

const SpiffRule = Type.Object(
  {
    productIds: Type.Array(Id, { maxItems: 200 }),
    amountPerUnit: Money,
    maxUnitsPerRep: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

/** Who may approve how deep a discount: CAM up to 10 %, regional manager to 20 %, and so on. */
const AuthorityRule = Type.Object(
  {
    role: StringEnum(userRoles),
    maxDiscountPercent: Percent,
    maxAmount: Type.Union([Money, Type.Null()]),
  },
  { additionalProperties: false },
);

/**
 * The vendor's programs: the tier program, SPIFF programs and the discount authority matrix.
 * Few documents of three kinds share one collection; each kind fills its own field.
 */
export const ProgramSchema = Type.Object(
  {
    id: Id,
    kind: StringEnum(programKinds),
    name: Name,
    validFrom: CalendarDate,
    validTo: Type.Union([CalendarDate, Type.Null()]),
    tiers: Type.Array(TierRule, { maxItems: 10 }),
    spiff: Type.Union([SpiffRule, Type.Null()]),
    authority: Type.Array(AuthorityRule, { maxItems: 10 }),
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Program = Static<typeof ProgramSchema>;
export type AuthorityRule = Static<typeof AuthorityRule>;

export const programsCollection = defineCollection({
  name: 'programs',
  version: 1,
  schema: ProgramSchema,
  primaryKey: 'id',
  indexes: ['kind'],
  upgrades: { 1: leanerLocalIndexes },
});
