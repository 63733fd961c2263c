import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes } from './collection';
import { CountryCode, Id, Name, ServerStamp } from './primitives';

/** A territory: the countries it covers, its CAMs and the regional manager above them. */
export const TerritorySchema = Type.Object(
  {
    id: Id,
    name: Name,
    region: Type.String({ maxLength: 60 }),
    countries: Type.Array(CountryCode, { maxItems: 60 }),
    camIds: Type.Array(Id, { maxItems: 50 }),
    managerId: Type.Union([Id, Type.Null()]),
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Territory = Static<typeof TerritorySchema>;

export const territoriesCollection = defineCollection({
  name: 'territories',
  version: 1,
  schema: TerritorySchema,
  primaryKey: 'id',
  indexes: [],
  upgrades: { 1: leanerLocalIndexes },
});
