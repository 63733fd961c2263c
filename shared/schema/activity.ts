import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes, type StoredDocument } from './collection';
import { Id, ServerStamp, StringEnum, TerritoryScope, Text, Timestamp } from './primitives';
import { noteOutcomeStatuses } from './vocabulary';

export const activityKinds = ['note', 'call', 'meeting', 'email', 'audit'] as const;
export const activitySubjects = ['partner', 'deal', 'request', 'fund', 'contact'] as const;

/** The one kind a client may push (a CAM's note); the store writes every other kind itself. */
export const PUSHABLE_ACTIVITY_KIND = 'note';

/** What the central store made of an activity: one per activity, kept with it. */
const NoteOutcome = Type.Object(
  {
    status: StringEnum(noteOutcomeStatuses),
    /** Why a note was refused, in words a person can read. */
    reason: Type.Union([Text, Type.Null()]),
    recordedAt: Timestamp,
  },
  { additionalProperties: false },
);

/**
 * Notes a CAM keeps and the audit trail of what happened to a partner's records. A note a CAM
 * writes is a command, like a decision: created offline with `outcome: null`, pushed, and
 * judged by the store, which sets `actorId`, `territoryId`, `at` and the outcome.
 */
export const ActivitySchema = Type.Object(
  {
    id: Id,
    partnerId: Id,
    ...TerritoryScope,
    kind: StringEnum(activityKinds),
    subjectType: StringEnum(activitySubjects),
    subjectId: Id,
    actorId: Type.Union([Id, Type.Null()]),
    /** When it happened; for a pushed note, when the store accepted it. */
    at: Timestamp,
    /** When the CAM wrote a pushed note on their laptop, as it claims; null for the store's own. */
    writtenAt: Type.Union([Timestamp, Type.Null()]),
    text: Text,
    /** Null while a note waits in the outbox; the store's own activities are accepted. */
    outcome: Type.Union([NoteOutcome, Type.Null()]),
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Activity = Static<typeof ActivitySchema>;
export type NoteOutcome = Static<typeof NoteOutcome>;

/**
 * Version 2 makes notes commands: every activity stored before came from the store, so it is
 * accepted as of its own time (server/migrations/015_activity_outcomes.sql does the same).
 */
function acceptedAsStored(document: StoredDocument): StoredDocument {
  const at = typeof document['at'] === 'string' ? document['at'] : null;
  return {
    writtenAt: null,
    outcome: { status: 'accepted', reason: null, recordedAt: at },
    ...document,
  };
}

export const activitiesCollection = defineCollection({
  name: 'activities',
  version: 2,
  schema: ActivitySchema,
  primaryKey: 'id',
  indexes: ['partnerId'],
  upgrades: { 1: leanerLocalIndexes, 2: acceptedAsStored },
});
