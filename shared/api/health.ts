import Type, { type Static } from 'typebox';

export const HealthSchema = Type.Object(
  {
    status: Type.Literal('ok'),
    database: Type.Union([Type.Literal('postgres'), Type.Literal('pglite')]),
    protocolVersion: Type.Integer(),
    version: Type.String(),
  },
  { additionalProperties: false },
);

export type Health = Static<typeof HealthSchema>;
