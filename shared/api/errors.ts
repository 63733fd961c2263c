import Type, { type Static } from 'typebox';

export const apiErrorCodes = [
  'bad_request',
  'unauthorized',
  /** The token is valid but its user was deactivated or deleted: the laptop must wipe. */
  'session_revoked',
  'forbidden',
  'read_only',
  'scope_changed',
  'not_found',
  'payload_too_large',
  'update_required',
  'unsupported_media_type',
  'unavailable',
  'internal',
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** Every 4xx and 5xx answer from the central store has this body. */
export const ApiErrorSchema = Type.Object(
  {
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(
      Type.Array(Type.Object({ path: Type.String(), message: Type.String() })),
    ),
  },
  { additionalProperties: false },
);

export type ApiError = Static<typeof ApiErrorSchema>;
