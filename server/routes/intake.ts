import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrorSchema, type ApiError } from '../../shared/api/errors';
import {
  IntakeAnswerSchema,
  IntakeExtensionSchema,
  IntakeRefusalSchema,
  IntakeRequestParamsSchema,
  IntakeResubmissionSchema,
  IntakeSubmissionSchema,
  IntakeWithdrawalSchema,
  type IntakeAnswer,
  type IntakeRefusal,
} from '../../shared/api/intake';
import type { Request } from '../../shared/schema';
import type { Database } from '../db/database';
import { HttpError } from '../errors';
import { IntakeError } from '../intake/admission';
import { sourceOfCredential } from '../intake/credentials';
import { intakeService } from '../intake/intake-service';

/** Everything an intake route can answer besides success (docs/intake-api.md). */
const answers = {
  400: ApiErrorSchema,
  401: ApiErrorSchema,
  403: ApiErrorSchema,
  404: ApiErrorSchema,
  409: ApiErrorSchema,
  413: ApiErrorSchema,
  415: ApiErrorSchema,
  422: IntakeRefusalSchema,
  503: ApiErrorSchema,
};
const tags = ['intake'];

/**
 * The intake API for the partner portal and the CRM connector: a service credential per source
 * (a Bearer secret, stored hashed: server/intake/credentials.ts), bodies validated against
 * shared/api/intake.ts, each operation judged in one transaction (server/intake/).
 */
export const intakeRoutes: FastifyPluginAsyncTypebox<{ database: Database }> = async (
  app,
  { database },
) => {
  const service = intakeService(database);
  const sources = new WeakMap<FastifyRequest, string>();
  // Before the body is read: a caller without a credential learns nothing about its body.
  app.addHook('onRequest', async (request) => {
    const source = await sourceOfCredential(database, request.headers.authorization);
    if (!source) {
      throw new HttpError(
        401,
        'unauthorized',
        'Present the service credential of your source as a Bearer token',
      );
    }
    sources.set(request, source);
  });
  const sourceOf = (request: FastifyRequest, claimed?: string): string => {
    const source = sources.get(request);
    if (!source) throw new HttpError(401, 'unauthorized', 'No service credential');
    if (claimed !== undefined && claimed !== source) {
      throw new HttpError(
        403,
        'forbidden',
        `The credential of ${source} cannot act on requests of ${claimed}`,
      );
    }
    return source;
  };

  async function answered<Result>(reply: FastifyReply, work: () => Promise<Result>) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof IntakeError)) throw error;
      if (error.statusCode === 422) {
        const body: IntakeRefusal = {
          code: error.code,
          message: error.message,
          reasons: [...error.reasons],
        };
        return reply.status(422).send(body);
      }
      const body: ApiError = {
        code: error.code,
        message: error.message,
        ...(error.details ? { details: [...error.details] } : {}),
      };
      return reply.status(error.statusCode).send(body);
    }
  }
  const plain = (request: Request): IntakeAnswer => ({
    request,
    conflicts: [],
    autoApproved: request.history.some((entry) => entry.action === 'auto_approved'),
  });

  app.post(
    '/intake/requests',
    {
      schema: {
        tags,
        summary: 'Submit a request; a retry with the same external id and body answers it (200)',
        body: IntakeSubmissionSchema,
        response: { 200: IntakeAnswerSchema, 201: IntakeAnswerSchema, ...answers },
      },
    },
    async (request, reply) =>
      answered(reply, async () => {
        const { created, ...answer } = await service.submit(sourceOf(request), request.body);
        return reply.status(created ? 201 : 200).send(answer);
      }),
  );

  app.post(
    '/intake/requests/:source/:externalId/resubmit',
    {
      schema: {
        tags,
        summary: 'Send a request returned for information back, with the fields it changes',
        params: IntakeRequestParamsSchema,
        body: IntakeResubmissionSchema,
        response: { 200: IntakeAnswerSchema, ...answers },
      },
    },
    async (request, reply) =>
      answered(reply, async () => {
        const { source, externalId } = request.params;
        const stored = await service.resubmit(sourceOf(request, source), externalId, request.body);
        return plain(stored);
      }),
  );

  app.post(
    '/intake/requests/:source/:externalId/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw an open request',
        params: IntakeRequestParamsSchema,
        body: IntakeWithdrawalSchema,
        response: { 200: IntakeAnswerSchema, ...answers },
      },
    },
    async (request, reply) =>
      answered(reply, async () => {
        const { source, externalId } = request.params;
        return plain(await service.withdraw(sourceOf(request, source), externalId, request.body));
      }),
  );

  app.post(
    '/intake/requests/:source/:externalId/extension',
    {
      schema: {
        tags,
        summary: "Ask to extend an approved registration's protection (a new request)",
        params: IntakeRequestParamsSchema,
        body: IntakeExtensionSchema,
        response: { 200: IntakeAnswerSchema, 201: IntakeAnswerSchema, ...answers },
      },
    },
    async (request, reply) =>
      answered(reply, async () => {
        const { source, externalId } = request.params;
        const { created, ...answer } = await service.extend(
          sourceOf(request, source),
          externalId,
          request.body,
        );
        return reply.status(created ? 201 : 200).send(answer);
      }),
  );
};
