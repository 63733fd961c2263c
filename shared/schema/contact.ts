import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes } from './collection';
import { Email, Id, Name, ServerStamp, StringEnum, TerritoryScope, Timestamp } from './primitives';

export const contactRoles = ['executive', 'sales', 'presales', 'marketing', 'support'] as const;

/** A partner employee; training and certifications are one-to-few: embedded. */
export const ContactSchema = Type.Object(
  {
    id: Id,
    partnerId: Id,
    ...TerritoryScope,
    name: Name,
    email: Email,
    phone: Type.String({ maxLength: 40 }),
    role: StringEnum(contactRoles),
    // `primary` is reserved by RxDB documents.
    isPrimary: Type.Boolean(),
    trainings: Type.Array(
      Type.Object(
        { moduleId: Id, name: Name, completedAt: Type.Union([Timestamp, Type.Null()]) },
        { additionalProperties: false },
      ),
      { maxItems: 50 },
    ),
    certifications: Type.Array(
      Type.Object(
        { name: Name, earnedAt: Timestamp, expiresAt: Type.Union([Timestamp, Type.Null()]) },
        { additionalProperties: false },
      ),
      { maxItems: 30 },
    ),
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Contact = Static<typeof ContactSchema>;

export const contactsCollection = defineCollection({
  name: 'contacts',
  version: 1,
  schema: ContactSchema,
  primaryKey: 'id',
  indexes: ['partnerId'],
  upgrades: { 1: leanerLocalIndexes },
});
