import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes, type StoredDocument } from './collection';
import { Id, Money, ServerStamp, StringEnum, TerritoryScope, Text, Timestamp } from './primitives';
import { decisionActions, outcomeStatuses } from './vocabulary';

/** What the central store made of a decision: exactly one per decision, kept forever. */
const Outcome = Type.Object(
  {
    status: StringEnum(outcomeStatuses),
    /** Why a decision was rejected, in words a person can read. */
    reason: Type.Union([Text, Type.Null()]),
    /** The decision that took effect first for the same step. */
    supersededBy: Type.Union([Id, Type.Null()]),
    recordedAt: Timestamp,
  },
  { additionalProperties: false },
);

/**
 * A CAM's approve, reject or return-for-info: a command created offline in the local outbox and
 * pushed. The server checks authority from its own data and records the outcome.
 */
export const DecisionSchema = Type.Object(
  {
    id: Id,
    requestId: Id,
    ...TerritoryScope,
    stepIndex: Type.Integer({ minimum: 0, maximum: 20 }),
    action: StringEnum(decisionActions),
    comment: Text,
    /**
     * An approval of less than the request asks (partial approval of MDF or a claim), in the
     * request's currency; null approves what was asked. Only `approve` may carry one.
     */
    amount: Type.Union([Money, Type.Null()]),
    decidedBy: Id,
    deviceId: Id,
    decidedAt: Timestamp,
    outcome: Type.Union([Outcome, Type.Null()]),
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Decision = Static<typeof DecisionSchema>;
export type DecisionOutcome = Static<typeof Outcome>;

/** Version 2 adds the partial approval's amount: none on decisions stored before. */
function approvingWhatWasAsked(document: StoredDocument): StoredDocument {
  return { amount: null, ...document };
}

export const decisionsCollection = defineCollection({
  name: 'decisions',
  version: 2,
  schema: DecisionSchema,
  primaryKey: 'id',
  indexes: ['requestId', 'decidedBy'],
  upgrades: { 1: leanerLocalIndexes, 2: approvingWhatWasAsked },
});
