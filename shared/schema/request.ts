import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes, type StoredDocument } from './collection';
import {
  Id,
  Money,
  Name,
  Percent,
  ServerStamp,
  StorableText,
  StringEnum,
  TerritoryScope,
  Text,
  Timestamp,
} from './primitives';
import { decisionActions, requestStatuses, requestTypes, userRoles } from './vocabulary';
import { STANDARD_WORKFLOW_V1, WorkflowRefSchema } from './workflow';

export const stepStatuses = [
  'waiting',
  'pending',
  'approved',
  'rejected',
  'returned',
  'skipped',
] as const;

/**
 * What else a request's history records, besides decisions. These are events, not statuses:
 * `submitted`, `withdrawn` and `expired` are the events that put a request in the status of the
 * same name; `resubmitted` returns an info-requested request to review.
 */
export const requestEvents = [
  'submitted',
  'resubmitted',
  'withdrawn',
  'routed',
  'auto_approved',
  'escalated',
  'reassigned',
  'extension_requested',
  'extended',
  'paid',
  'expired',
  'comment',
] as const;

/** One approval step, routed to a role (and the person who holds it for this partner). */
const RequestStep = Type.Object(
  {
    index: Type.Integer({ minimum: 0, maximum: 20 }),
    role: StringEnum(userRoles),
    assigneeId: Type.Union([Id, Type.Null()]),
    status: StringEnum(stepStatuses),
    dueAt: Type.Union([Timestamp, Type.Null()]),
    decidedAt: Type.Union([Timestamp, Type.Null()]),
    decidedBy: Type.Union([Id, Type.Null()]),
    decisionId: Type.Union([Id, Type.Null()]),
  },
  { additionalProperties: false },
);

const HistoryEntry = Type.Object(
  {
    at: Timestamp,
    actorId: Type.Union([Id, Type.Null()]),
    action: Type.Union([StringEnum(decisionActions), StringEnum(requestEvents)]),
    note: Text,
  },
  { additionalProperties: false },
);

/** Where a request came from: the partner portal or the CRM connector, and its id there. */
const IntakeOrigin = Type.Object(
  {
    /** The service client that submitted it (`partner-portal`, `crm-connector` ...). */
    source: Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9][a-z0-9-]*$' }),
    /** The request's id in that system; one request per source and external id. */
    externalId: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.:/-]+$' }),
  },
  { additionalProperties: false },
);

/** A file kept with a request (proof of performance, a signed agreement): its description. */
const Attachment = Type.Object(
  {
    id: Id,
    fileName: StorableText({ minLength: 1, maxLength: 255 }),
    mediaType: Type.String({ minLength: 3, maxLength: 100, pattern: '^[a-z]+/[a-z0-9.+-]+$' }),
    sizeBytes: Type.Integer({ minimum: 0, maximum: 50_000_000 }),
    /** Hex SHA-256 of the content: how the client fetches and checks it. */
    sha256: Type.String({ minLength: 64, maxLength: 64, pattern: '^[0-9a-f]{64}$' }),
    uploadedAt: Timestamp,
  },
  { additionalProperties: false },
);

/** A recorded payment of an approved claim (finance marks it paid). */
const Payment = Type.Object(
  {
    amount: Money,
    paidAt: Timestamp,
    paidBy: Id,
    /** The payment's reference in the finance system. */
    reference: StorableText({ minLength: 1, maxLength: 100 }),
  },
  { additionalProperties: false },
);

/**
 * A sane email address: the WHATWG form's definition (what a browser's email field accepts),
 * with a dot in the domain. ASCII only, so nothing PostgreSQL cannot keep gets through.
 */
const PAYEE_EMAIL_PATTERN =
  "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";

/**
 * The partner sales rep a SPIFF claim pays: the payout is owed to them, and a program's
 * `maxUnitsPerRep` counts their claims, the rep known by their email (shared/rules/spiff-payee.ts).
 */
export const SpiffPayeeSchema = Type.Object(
  {
    name: Name,
    email: Type.String({ minLength: 6, maxLength: 254, pattern: PAYEE_EMAIL_PATTERN }),
  },
  { additionalProperties: false },
);

/**
 * An approval workflow instance (deal registration, special pricing, MDF pre-approval or claim,
 * SPIFF claim, partner onboarding) with its steps, SLA and full history embedded.
 */
export const RequestSchema = Type.Object(
  {
    id: Id,
    type: StringEnum(requestTypes),
    partnerId: Id,
    ...TerritoryScope,
    /** The deal, fund, program or partner the request is about. */
    subjectId: Id,
    title: Name,
    amount: Type.Union([Money, Type.Null()]),
    discountPercent: Type.Union([Percent, Type.Null()]),
    status: StringEnum(requestStatuses),
    /** Index of the step waiting for a decision; equals steps.length once decided. */
    currentStep: Type.Integer({ minimum: 0, maximum: 20, multipleOf: 1 }),
    steps: Type.Array(RequestStep, { minItems: 1, maxItems: 20 }),
    slaHours: Type.Integer({ minimum: 1, maximum: 720 }),
    submittedAt: Timestamp,
    /** When the current step's SLA runs out; far future once decided, so it can be indexed. */
    dueAt: Timestamp,
    history: Type.Array(HistoryEntry, { maxItems: 200 }),
    /** The workflow definition version it started with; it keeps it to its final decision. */
    workflow: WorkflowRefSchema,
    /** Set when it entered through the intake API; null for requests made before it existed. */
    intake: Type.Union([IntakeOrigin, Type.Null()]),
    /** The request this one follows: an MDF claim's pre-approval, an extension's registration. */
    relatedRequestId: Type.Union([Id, Type.Null()]),
    attachments: Type.Array(Attachment, { maxItems: 50 }),
    /** What the final approval granted when less than asked (partial approval); else null. */
    approvedAmount: Type.Union([Money, Type.Null()]),
    /** The payment of an approved MDF or SPIFF claim; null until finance records it. */
    payment: Type.Union([Payment, Type.Null()]),
    /** The rep a SPIFF claim pays; null for every other type (and SPIFF claims before v4). */
    payee: Type.Union([SpiffPayeeSchema, Type.Null()]),
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Request = Static<typeof RequestSchema>;
export type RequestStep = Static<typeof RequestStep>;
export type RequestAttachment = Static<typeof Attachment>;
export type RequestPayment = Static<typeof Payment>;
export type RequestIntakeOrigin = Static<typeof IntakeOrigin>;
export type SpiffPayee = Static<typeof SpiffPayeeSchema>;

type RequestV3Fields = Pick<
  Request,
  'intake' | 'relatedRequestId' | 'attachments' | 'approvedAmount' | 'payment'
>;

/** The fields version 3 added, as a request stored before it has them (a fresh copy each call). */
export function requestV3Defaults(): RequestV3Fields {
  return {
    intake: null,
    relatedRequestId: null,
    attachments: [],
    approvedAmount: null,
    payment: null,
  };
}

/** The fields a request starts without, whatever version added them (a fresh copy each call). */
export function requestDefaults(): RequestV3Fields & Pick<Request, 'payee'> {
  return { ...requestV3Defaults(), payee: null };
}

/**
 * Version 2 names the workflow definition a request follows. Requests stored before then were
 * routed by the rules version 1 of the standard definition holds. Migration 006 does the same.
 */
function pinnedToStandardWorkflow(document: StoredDocument): StoredDocument {
  return 'workflow' in document ? document : { ...document, workflow: { ...STANDARD_WORKFLOW_V1 } };
}

/**
 * Version 3 adds where a request came from, the request it follows, its files, a partial
 * approval's amount and the payment: none of them on requests stored before. Migration 009 does
 * the same.
 */
function withIntakeAndSettlement(document: StoredDocument): StoredDocument {
  return { ...requestV3Defaults(), ...document };
}

/**
 * Version 4 names the rep a SPIFF claim pays. No request stored before names one, a SPIFF claim
 * included (the store refuses to approve such a claim until the partner names the rep).
 * Migration 016 does the same.
 */
function withPayee(document: StoredDocument): StoredDocument {
  return { payee: null, ...document };
}

export const requestsCollection = defineCollection({
  name: 'requests',
  version: 4,
  schema: RequestSchema,
  primaryKey: 'id',
  indexes: ['status', 'dueAt', 'partnerId'],
  upgrades: {
    1: leanerLocalIndexes,
    2: pinnedToStandardWorkflow,
    3: withIntakeAndSettlement,
    4: withPayee,
  },
});
