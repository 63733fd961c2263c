import type { ApiErrorDetail } from '../../shared/api/errors';

/** A submission refused: nothing was stored. `statusCode` and `code` are the answer's. */
export class IntakeError extends Error {
  constructor(
    readonly statusCode: 400 | 404 | 409 | 422,
    readonly code: string,
    message: string,
    readonly reasons: readonly string[] = [],
    readonly details?: readonly ApiErrorDetail[],
  ) {
    super(message);
  }
}

/** Refused by the automatic checks (422), each reason a sentence. */
export const refused = (code: string, message: string, reasons: readonly string[] = [message]) =>
  new IntakeError(422, code, message, reasons);
