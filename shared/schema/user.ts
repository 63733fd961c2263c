import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes, type StoredDocument } from './collection';
import { Email, Id, Name, ServerStamp, StringEnum, Timestamp } from './primitives';
import { userRoles } from './vocabulary';

/** An absence: from `from` until `until` the person's steps may be decided by the delegate. */
const Absence = Type.Object(
  {
    from: Timestamp,
    until: Timestamp,
    delegateId: Id,
  },
  { additionalProperties: false },
);

/** Vendor staff: CAMs, regional managers, directors, finance and deal desk. */
export const UserSchema = Type.Object(
  {
    id: Id,
    name: Name,
    email: Email,
    role: StringEnum(userRoles),
    /** Territories this person covers (a CAM one or two, a regional manager their region's). */
    territoryIds: Type.Array(Id, { maxItems: 100 }),
    managerId: Type.Union([Id, Type.Null()]),
    active: Type.Boolean(),
    /** Set while the person is away and has named a delegate (docs/workflow.md). */
    away: Type.Union([Absence, Type.Null()]),
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type User = Static<typeof UserSchema>;

export type UserAbsence = Static<typeof Absence>;

/** Version 2 adds absences: nobody stored before is away. Migration 009 does the same. */
function presentAtWork(document: StoredDocument): StoredDocument {
  return { away: null, ...document };
}

export const usersCollection = defineCollection({
  name: 'users',
  version: 2,
  schema: UserSchema,
  primaryKey: 'id',
  indexes: ['email'],
  upgrades: { 1: leanerLocalIndexes, 2: presentAtWork },
});
