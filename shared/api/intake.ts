import Type, { type Static } from 'typebox';
import { DealSchema } from '../schema/deal';
import { Id, Money, Name, Percent, StorableText, StringEnum, Text } from '../schema/primitives';
import { RequestSchema } from '../schema/request';
import { requestTypes } from '../schema/vocabulary';

/**
 * The intake API (docs/intake-api.md): how the partner portal and the CRM connector submit
 * requests and follow them up. One definition of each body and answer, for the store's routes,
 * its OpenAPI document and the tests.
 */

const requestProperties = RequestSchema.properties;

/** The submitting system's own id for a request: unique per source (requests v3's `intake`). */
export const ExternalIdSchema = requestProperties.intake.anyOf[0].properties.externalId;
/** A service client's name: `partner-portal`, `crm-connector` ... */
export const IntakeSourceSchema = requestProperties.intake.anyOf[0].properties.source;

/** The deal a registration registers: the store creates it, so it can check it for conflicts. */
export const RegisteredDealSchema = Type.Object(
  {
    endCustomer: DealSchema.properties.endCustomer,
    lines: DealSchema.properties.lines,
    expectedCloseAt: DealSchema.properties.expectedCloseAt,
    crmOpportunityId: Type.Optional(DealSchema.properties.crmOpportunityId),
    /** Priced below the pricebook: the registration then also goes to the deal desk. */
    pricedBelowPricebook: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/**
 * The rep a SPIFF claim pays, as the submitting system names them: any storable text here; the
 * store keeps the name trimmed and the email trimmed in lower case, and refuses with a 400 an
 * empty name or an email that is not a sane address (shared/rules/spiff-payee.ts).
 */
export const IntakePayeeSchema = Type.Object(
  {
    name: StorableText({ minLength: 1, maxLength: 200 }),
    email: StorableText({ minLength: 1, maxLength: 254 }),
  },
  { additionalProperties: false },
);

/**
 * A new request. What each type needs besides the shape (a deal for a registration, a fund and
 * an amount for MDF, a pre-approval for a claim ...) is checked by the store and refused with a
 * 400 naming the field.
 */
export const IntakeSubmissionSchema = Type.Object(
  {
    externalId: ExternalIdSchema,
    type: StringEnum(requestTypes),
    partnerId: Id,
    /** The deal (special pricing), fund (MDF pre-approval), program (SPIFF claim). */
    subjectId: Type.Optional(Id),
    /** Deal registrations only. */
    deal: Type.Optional(RegisteredDealSchema),
    amount: Type.Optional(Money),
    discountPercent: Type.Optional(Percent),
    /** The approved MDF pre-approval an MDF claim draws on. */
    relatedRequestId: Type.Optional(Id),
    attachments: Type.Optional(requestProperties.attachments),
    /** SPIFF claims only, and required there: the partner sales rep the payout is owed to. */
    payee: Type.Optional(IntakePayeeSchema),
    /** The partner employee who submitted it. */
    submittedBy: Name,
    note: Type.Optional(Text),
  },
  { additionalProperties: false },
);
export type IntakeSubmission = Static<typeof IntakeSubmissionSchema>;

/** A returned (info requested) request sent back with what was asked for. */
export const IntakeResubmissionSchema = Type.Object(
  {
    amount: Type.Optional(Money),
    discountPercent: Type.Optional(Percent),
    attachments: Type.Optional(requestProperties.attachments),
    /** SPIFF claims only: the rep the payout is owed to, when the CAM asked for them. */
    payee: Type.Optional(IntakePayeeSchema),
    note: StorableText({ minLength: 1, maxLength: 4000 }),
  },
  { additionalProperties: false },
);
export type IntakeResubmission = Static<typeof IntakeResubmissionSchema>;

export const IntakeWithdrawalSchema = Type.Object(
  { reason: StorableText({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);
export type IntakeWithdrawal = Static<typeof IntakeWithdrawalSchema>;

/** An approved registration's extension: a new request of its own (docs/intake-api.md). */
export const IntakeExtensionSchema = Type.Object(
  {
    externalId: ExternalIdSchema,
    submittedBy: Name,
    note: StorableText({ minLength: 1, maxLength: 4000 }),
  },
  { additionalProperties: false },
);
export type IntakeExtension = Static<typeof IntakeExtensionSchema>;

export const IntakeRequestParamsSchema = Type.Object({
  source: IntakeSourceSchema,
  externalId: ExternalIdSchema,
});

/** A record the channel-conflict check found: another partner's claim on the same customer. */
export const IntakeConflictSchema = Type.Object(
  {
    recordId: Id,
    kind: StringEnum(['registration', 'direct_opportunity'] as const),
    /** The other partner (null for the vendor's own opportunity). */
    partnerId: Type.Union([Id, Type.Null()]),
    matchedBy: Type.Array(StringEnum(['same_domain', 'same_name'] as const), { maxItems: 2 }),
  },
  { additionalProperties: false },
);
export type IntakeConflict = Static<typeof IntakeConflictSchema>;

/** The stored request as the store answers it, with the conflicts its checks listed. */
export const IntakeAnswerSchema = Type.Object(
  {
    request: RequestSchema,
    conflicts: Type.Array(IntakeConflictSchema),
    autoApproved: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type IntakeAnswer = Static<typeof IntakeAnswerSchema>;

/** Refused by the automatic checks (ineligible partner, fund short): nothing was stored. */
export const IntakeRefusalSchema = Type.Object(
  {
    code: Type.String(),
    message: Type.String(),
    reasons: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export type IntakeRefusal = Static<typeof IntakeRefusalSchema>;
