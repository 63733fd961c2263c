import Type, { type Static } from 'typebox';
import { STORABLE_TEXT_PATTERN, StringEnum } from '../schema/primitives';
import { LIMIT_TEXT_PATTERN, MAX_PULL_LIMIT, MAX_SEQ, SEQ_TEXT_PATTERN } from '../sync/protocol';

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

/** The codes this store answers with. */
export const ApiErrorCodeSchema = StringEnum(apiErrorCodes);
export type ApiErrorCode = Static<typeof ApiErrorCodeSchema>;

/** One invalid value of a request: `path` names it (docs/sync-protocol.md, "a contract"). */
export const ApiErrorDetailSchema = Type.Object({ path: Type.String(), message: Type.String() });
export type ApiErrorDetail = Static<typeof ApiErrorDetailSchema>;

/**
 * Every 4xx and 5xx answer from the central store has this body. `code` is any string on the
 * wire: a client branches on the codes it knows and judges any other by the status.
 */
export const ApiErrorSchema = Type.Object(
  {
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Array(ApiErrorDetailSchema)),
  },
  { additionalProperties: false },
);

export type ApiError = Static<typeof ApiErrorSchema>;

/** What a refused pattern means, in words: a 400 says this instead of the regular expression. */
export const patternMeanings: Readonly<Record<string, string>> = {
  [STORABLE_TEXT_PATTERN]: 'must not contain a NUL character (U+0000) or an unpaired surrogate',
  [SEQ_TEXT_PATTERN]: `must be a whole number from 0 to ${String(MAX_SEQ)}, in decimal digits`,
  [LIMIT_TEXT_PATTERN]: `must be a whole number from 1 to ${String(MAX_PULL_LIMIT)}, in decimal digits`,
};
