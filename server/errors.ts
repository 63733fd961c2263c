import type { FastifyError, FastifyInstance } from 'fastify';
import { patternMeanings, type ApiError, type ApiErrorCode } from '../shared/api/errors';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './db/connection-errors';

/** An error a route throws on purpose: it becomes `{ code, message }` with this status. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const codeByStatus: Record<number, ApiErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  426: 'update_required',
};

/** Every failure leaves as one JSON shape with a code a client can branch on. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setNotFoundHandler((request, reply) => {
    const body: ApiError = {
      code: 'not_found',
      message: `No route for ${request.method} ${request.url.split('?')[0] ?? ''}`,
    };
    return reply.status(404).send(body);
  });

  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) {
      return reply.status(error.statusCode).send({ code: error.code, message: error.message });
    }
    if (error.validation) {
      // The path is a contract (docs/sync-protocol.md): `/body/3/newDocumentState/comment` names
      // row 3 of a push, so a client can mark that row refused and send the others again.
      const details = error.validation.map((issue) => ({
        path: `/${error.validationContext ?? ''}${issue.instancePath}`,
        message: meaningOf(issue) ?? issue.message ?? 'is invalid',
      }));
      const first = details[0];
      const body: ApiError = {
        code: 'bad_request',
        message: first ? `Invalid request: ${first.path} ${first.message}` : 'Invalid request',
        details,
      };
      return reply.status(400).send(body);
    }
    if (isDatabaseUnavailable(error)) {
      // The database is away (restart, killed connection): the same request will work shortly.
      request.log.warn({ err: error }, 'database unavailable');
      const body: ApiError = {
        code: 'unavailable',
        message: 'The store cannot reach its database right now; try again shortly',
      };
      return reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS)).send(body);
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error(error);
      return reply.status(500).send({ code: 'internal', message: 'Internal server error' });
    }
    return reply
      .status(status)
      .send({ code: codeByStatus[status] ?? 'bad_request', message: error.message });
  });
}

function meaningOf(issue: { keyword?: string; params?: Record<string, unknown> }) {
  const pattern = issue.params?.['pattern'];
  return issue.keyword === 'pattern' && typeof pattern === 'string'
    ? patternMeanings[pattern]
    : undefined;
}
