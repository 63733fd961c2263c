import Type, { type Static } from 'typebox';

export const HealthSchema = Type.Object(
  {
    status: Type.Literal('ok'),
    database: Type.Union([Type.Literal('postgres'), Type.Literal('pglite')]),
    protocolVersion: Type.Integer(),
    version: Type.String(),
    /** Made once when the store was created; the same whatever address the store answers on. */
    storeId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9]+$' }),
  },
  { additionalProperties: false },
);

export type Health = Static<typeof HealthSchema>;
