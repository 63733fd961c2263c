import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes } from './collection';
import {
  CountryCode,
  Domain,
  Id,
  Money,
  Name,
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
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Deal = Static<typeof DealSchema>;

export const dealsCollection = defineCollection({
  name: 'deals',
  version: 1,
  schema: DealSchema,
  primaryKey: 'id',
  indexes: ['partnerId'],
  upgrades: { 1: leanerLocalIndexes },
});
