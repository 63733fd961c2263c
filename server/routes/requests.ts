import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import Type from 'typebox';
import { ApiErrorSchema } from '../../shared/api/errors';
import {
  RequestSchema,
  requestsCollection,
  fundsCollection,
  type Fund,
  type Request,
  type RequestAttachment,
} from '../../shared/schema';
import { Id, Money, StorableText } from '../../shared/schema/primitives';
import type { Database } from '../db/database';
import { recordPayment } from '../decisions/effects/payment';
import { HttpError } from '../errors';
import { MAX_ATTACHMENT_BYTES, mediaTypeOf, uploadRefusal } from '../files/attachment-rules';
import { attachmentVisibleTo, keepAttachmentContent, sha256Of } from '../files/attachment-store';
import { announceChange, documentStore, lockChangeFeed } from '../sync/document-store';
import type { Identify } from './sync';

type RequestRoutesOptions = { database: Database; identify: Identify };

const errors = {
  400: ApiErrorSchema,
  401: ApiErrorSchema,
  403: ApiErrorSchema,
  404: ApiErrorSchema,
};
const RequestParams = Type.Object({ id: Id });
const PaymentBody = Type.Object(
  {
    /** The payment's reference in the finance system: the same reference again changes nothing. */
    reference: StorableText({ minLength: 1, maxLength: 100 }),
    /** What was paid; when given, it must be the whole amount the claim was approved for. */
    amount: Type.Optional(Type.Union([Money, Type.Null()])),
  },
  { additionalProperties: false },
);
const AttachmentSchema = RequestSchema.properties.attachments.items;
const FILE_NAME_HEADER = 'x-file-name';
/** The schema's `maxItems` of `attachments` (shared/schema/request.ts). */
const MAX_ATTACHMENTS_PER_REQUEST = 50;

/**
 * Finance's payments of approved claims, and the files kept with requests (proof of
 * performance). Both change a request (and an MDF claim's fund) in one transaction with change
 * numbers, so they replicate like decisions' effects.
 */
export const requestRoutes: FastifyPluginAsyncTypebox<RequestRoutesOptions> = async (
  app,
  { database, identify },
) => {
  const requests = documentStore<Request>(database, requestsCollection);
  const funds = documentStore<Fund>(database, fundsCollection);

  // Uploads arrive as the file itself, its type in Content-Type (checked by the route, so an
  // unknown type gets the store's 415 with a reason). Only in this plugin: other routes keep
  // the default parsers.
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES },
    (_request, body, done) => {
      done(null, body);
    },
  );

  /** The request when the caller may see it (its territories include the request's), else 404. */
  async function visibleRequest(request: FastifyRequest, id: string) {
    const caller = await identify(request);
    const [found] = (await requests.getMany([id])).values();
    if (!found || !caller.territoryIds.includes(found.territoryId)) {
      throw new HttpError(404, 'not_found', `Request ${id} is not in your territories.`);
    }
    return { caller, found };
  }

  app.post(
    '/requests/:id/payment',
    {
      schema: {
        params: RequestParams,
        body: PaymentBody,
        // 413 and 415: a body over the store's limit, or not JSON.
        response: {
          200: RequestSchema,
          201: RequestSchema,
          413: ApiErrorSchema,
          415: ApiErrorSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { caller } = await visibleRequest(request, request.params.id);
      if (caller.role !== 'finance') {
        throw new HttpError(403, 'forbidden', 'Only finance records payments.');
      }
      const at = new Date();
      const outcome = await database.transaction(async (tx) => {
        await lockChangeFeed(tx);
        const [claim] = (await requests.getMany([request.params.id], tx, true)).values();
        if (!claim) throw new HttpError(404, 'not_found', `Request ${request.params.id} is gone.`);
        const [fund] = (await funds.getMany([claim.subjectId], tx, true)).values();
        const { reference, amount = null } = request.body;
        const result = recordPayment(claim, fund, { reference, amount }, caller.userId, at);
        if (result.refusal !== undefined) throw new HttpError(400, 'bad_request', result.refusal);
        if (!result.recorded) return { recorded: false, request: result.request };
        const [written] = await requests.writeManyWithin(tx, [result.request], at);
        await announceChange(tx, 'requests');
        if (result.fund) {
          await funds.writeManyWithin(tx, [result.fund], at);
          await announceChange(tx, 'funds');
        }
        return { recorded: true, request: written ?? result.request };
      });
      return reply.status(outcome.recorded ? 201 : 200).send(outcome.request);
    },
  );

  app.put(
    '/requests/:id/attachments',
    {
      schema: {
        params: RequestParams,
        headers: Type.Object({ [FILE_NAME_HEADER]: Type.String({ minLength: 1, maxLength: 765 }) }),
        response: {
          200: AttachmentSchema,
          201: AttachmentSchema,
          413: ApiErrorSchema,
          415: ApiErrorSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { found } = await visibleRequest(request, request.params.id);
      const fileName = decodedFileName(request.headers[FILE_NAME_HEADER]);
      const content = request.body instanceof Uint8Array ? request.body : new Uint8Array();
      const mediaType = mediaTypeOf(request.headers['content-type']);
      const refusal = uploadRefusal(mediaType, fileName, content);
      if (refusal) {
        const code =
          refusal.status === 400
            ? 'bad_request'
            : refusal.status === 413
              ? 'payload_too_large'
              : 'unsupported_media_type';
        throw new HttpError(refusal.status, code, refusal.message);
      }
      const sha256 = sha256Of(content);
      const kept = found.attachments.find(
        (attachment) => attachment.sha256 === sha256 && attachment.fileName === fileName,
      );
      if (kept) return reply.status(200).send(kept);
      const at = new Date();
      const attachment = await database.transaction(async (tx) => {
        await lockChangeFeed(tx);
        const [current] = (await requests.getMany([found.id], tx, true)).values();
        if (!current) throw new HttpError(404, 'not_found', `Request ${found.id} is gone.`);
        if (current.attachments.length >= MAX_ATTACHMENTS_PER_REQUEST) {
          throw new HttpError(
            400,
            'bad_request',
            `Request ${found.id} already keeps the most files it may.`,
          );
        }
        const described: RequestAttachment = {
          id: `attachment-${randomUUID()}`,
          fileName,
          mediaType,
          sizeBytes: content.byteLength,
          sha256,
          uploadedAt: at.toISOString(),
        };
        await keepAttachmentContent(tx, sha256, mediaType, content);
        await requests.writeManyWithin(
          tx,
          [{ ...current, attachments: [...current.attachments, described] }],
          at,
        );
        await announceChange(tx, 'requests');
        return described;
      });
      return reply.status(201).send(attachment);
    },
  );

  app.get(
    '/attachments/:sha256',
    {
      schema: {
        params: Type.Object({ sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }) }),
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...errors },
      },
    },
    async (request, reply) => {
      const caller = await identify(request);
      const file = await attachmentVisibleTo(database, request.params.sha256, caller.territoryIds);
      if (!file) {
        throw new HttpError(
          404,
          'not_found',
          `No file ${request.params.sha256} in your territories.`,
        );
      }
      return reply
        .header('content-type', file.mediaType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.content));
    },
  );
};

/** The file name from its header, percent-encoded so any name fits in a header; a bare name. */
function decodedFileName(header: string): string {
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    throw new HttpError(
      400,
      'bad_request',
      `The ${FILE_NAME_HEADER} header is not percent-encoded.`,
    );
  }
  let control = false;
  for (let index = 0; index < name.length; index += 1) control ||= name.charCodeAt(index) < 0x20;
  if (name.length > 255 || control || /[\\/]/.test(name) || !name.trim()) {
    throw new HttpError(
      400,
      'bad_request',
      'The file name must be a bare name of 1 to 255 characters.',
    );
  }
  return name;
}
