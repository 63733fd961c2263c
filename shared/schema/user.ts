import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes } from './collection';
import { Email, Id, Name, ServerStamp, StringEnum } from './primitives';
import { userRoles } from './vocabulary';

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
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type User = Static<typeof UserSchema>;

export const usersCollection = defineCollection({
  name: 'users',
  version: 1,
  schema: UserSchema,
  primaryKey: 'id',
  indexes: ['email'],
  upgrades: { 1: leanerLocalIndexes },
});
