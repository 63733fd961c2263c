import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes } from './collection';
import {
  CountryCode,
  Domain,
  Id,
  Money,
  Name,
  Percent,
  ServerStamp,
  StringEnum,
  TerritoryScope,
  Timestamp,
} from './primitives';
import { requestStatuses } from './vocabulary';

export const dealStages = [
  'prospecting',
  'qualification',
  'proposal',
  'negotiation',
  'closed_won',
  'closed_lost',
] as const;
export type DealStage = (typeof dealStages)[number];

/** The stages of a deal that is over (won or lost): nothing about it is open any more. */
export const closedDealStages: readonly DealStage[] = ['closed_won', 'closed_lost'];

/** Whether a deal in this stage is over. */
export function isClosedDealStage(stage: string): boolean {
  return (closedDealStages as readonly string[]).includes(stage);
}

/**
 * A registration is a draft until the partner submits it; from then on it carries the status
 * of its deal-registration request, so the words are the request's own.
 */
export const registrationStatuses = ['draft', ...requestStatuses] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

export const rejectionReasons = [
  'duplicate',
  'direct_engaged',
  'not_qualified',
  'channel_conflict',
  'other',
] as const;

/**
 * How long an approved registration protects the partner's customer, when the program names no
 * other length (domain.md: commonly 60 to 90 days).
 */
export const DEFAULT_PROTECTION_DAYS = 90;

/**
 * A special price granted on the deal: the authorisation id the later rebate or ship-and-debit
 * claim must quote, issued by the store (`SPA-<year>-<base36>`) when the final step approves.
 */
const SpecialPricing = Type.Object(
  {
    authorizationId: Type.String({
      minLength: 10,
      maxLength: 32,
      pattern: '^SPA-\\d{4}-[0-9A-Z]+$',
    }),
    /** The special-pricing request that granted it. */
    requestId: Id,
    discountPercent: Percent,
    approvedAt: Timestamp,
  },
  { additionalProperties: false },
);

/** A deal registration: a partner's opportunity with an end customer. */
export const DealSchema = Type.Object(
  {
    id: Id,
    partnerId: Id,
    ...TerritoryScope,
    endCustomer: Type.Object(
      { name: Name, domain: Domain, country: CountryCode },
      { additionalProperties: false },
    ),
    lines: Type.Array(
      Type.Object(
        {
          productId: Id,
          quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
          unitPrice: Money,
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 50 },
    ),
    amount: Money,
    stage: StringEnum(dealStages),
    registrationStatus: StringEnum(registrationStatuses),
    rejectionReason: Type.Union([StringEnum(rejectionReasons), Type.Null()]),
    registeredAt: Timestamp,
    /** When the partner's protection for this customer ends (approved registrations). */
    protectionExpiresAt: Type.Union([Timestamp, Type.Null()]),
    expectedCloseAt: Timestamp,
    crmOpportunityId: Type.Union([Type.String({ maxLength: 64 }), Type.Null()]),
    /** Another registration or direct opportunity for the same end customer. */
    conflictsWith: Type.Array(Id, { maxItems: 10 }),
    /** The special price approved for this deal, if any. */
    specialPricing: Type.Union([SpecialPricing, Type.Null()]),
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Deal = Static<typeof DealSchema>;
export type DealSpecialPricing = Static<typeof SpecialPricing>;

export const dealsCollection = defineCollection({
  name: 'deals',
  version: 2,
  schema: DealSchema,
  primaryKey: 'id',
  indexes: ['partnerId'],
  upgrades: {
    1: leanerLocalIndexes,
    // Version 2 adds the special price; server/migrations/007_decision_effects.sql does the same.
    2: (deal) => ({ ...deal, specialPricing: null }),
  },
});
