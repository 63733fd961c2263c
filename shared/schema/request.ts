import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes, type StoredDocument } from './collection';
import {
  Id,
  Money,
  Name,
  Percent,
  ServerStamp,
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
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Request = Static<typeof RequestSchema>;
export type RequestStep = Static<typeof RequestStep>;

/**
 * Version 2 names the workflow definition a request follows. Requests stored before then were
 * routed by the rules version 1 of the standard definition holds. Migration 006 does the same.
 */
function pinnedToStandardWorkflow(document: StoredDocument): StoredDocument {
  return 'workflow' in document ? document : { ...document, workflow: { ...STANDARD_WORKFLOW_V1 } };
}

export const requestsCollection = defineCollection({
  name: 'requests',
  version: 2,
  schema: RequestSchema,
  primaryKey: 'id',
  indexes: ['status', 'dueAt', 'partnerId'],
  upgrades: { 1: leanerLocalIndexes, 2: pinnedToStandardWorkflow },
});
