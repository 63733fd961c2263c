import Type, { type Static } from 'typebox';
import { UserSchema } from '../schema/user';

const user = UserSchema.properties;

/**
 * Who a request acts for, as the central store knows them: read from the store's own user row on
 * every request, never from token claims (a token only says which row).
 */
export const IdentitySchema = Type.Object(
  {
    userId: user.id,
    role: user.role,
    territoryIds: user.territoryIds,
    email: user.email,
    name: user.name,
  },
  { additionalProperties: false },
);

export type Identity = Static<typeof IdentitySchema>;
