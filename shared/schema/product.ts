import Type, { type Static } from 'typebox';
import { defineCollection, leanerLocalIndexes } from './collection';
import { CountryCode, Id, Money, Name, ServerStamp, StringEnum } from './primitives';
import { partnerTiers } from './vocabulary';

/** A product with its pricebook: the partner price per country and tier, embedded. */
export const ProductSchema = Type.Object(
  {
    id: Id,
    sku: Type.String({ minLength: 1, maxLength: 40 }),
    name: Name,
    family: Type.String({ maxLength: 60 }),
    listPrice: Money,
    active: Type.Boolean(),
    prices: Type.Array(
      Type.Object(
        { country: CountryCode, tier: StringEnum(partnerTiers), price: Money },
        { additionalProperties: false },
      ),
      { maxItems: 400 },
    ),
    ...ServerStamp,
  },
  { additionalProperties: false },
);

export type Product = Static<typeof ProductSchema>;

export const productsCollection = defineCollection({
  name: 'products',
  version: 1,
  schema: ProductSchema,
  primaryKey: 'id',
  indexes: ['name'],
  upgrades: { 1: leanerLocalIndexes },
});
