import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes } from './collection';
import { Id, ServerStamp, StringEnum, TerritoryScope, Text, Timestamp } from './primitives';

export const activityKinds = ['note', 'call', 'meeting', 'email', 'audit'] as const;
export const activitySubjects = ['partner', 'deal', 'request', 'fund', 'contact'] as const;

/** Notes a CAM keeps and the audit trail of what happened to a partner's records. */
export const ActivitySchema = Type.Object(
  {
    id: Id,
    partnerId: Id,
    ...TerritoryScope,
    kind: StringEnum(activityKinds),
    subjectType: StringEnum(activitySubjects),
    subjectId: Id,
    actorId: Type.Union([Id, Type.Null()]),
    at: Timestamp,
    text: Text,
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Activity = Static<typeof ActivitySchema>;

export const activitiesCollection = defineCollection({
  name: 'activities',
  version: 1,
  schema: ActivitySchema,
  primaryKey: 'id',
  indexes: ['partnerId'],
  upgrades: { 1: leanerLocalIndexes },
});
