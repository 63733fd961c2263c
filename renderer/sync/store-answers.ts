import type { TSchema } from 'typebox';
import { Errors } from 'typebox/value';
import type { ApiError } from '../../shared/api/errors';
import {
  activitiesCollection,
  decisionsCollection,
  type Activity,
  type Decision,
} from '../../shared/schema';
import type { StoredDocument } from '../../shared/schema/collection';
import type { PullResponse, StreamBatch, WireDocument } from '../../shared/sync/protocol';
import {
  notePushAnswerSchema,
  pullPageSchemas,
  pushAnswerSchema,
  streamBatchSchemas,
} from './answer-schemas';
import {
  apiErrorCheck,
  notePushAnswerCheck,
  pullPageChecks,
  pushAnswerCheck,
  streamBatchChecks,
  type Check,
} from './generated/answer-validators';

/**
 * The store answered something the protocol does not allow (a bug, a proxy, another version):
 * nothing of it is used. The sync engine treats it as a failed pull or push, retried later.
 */
export class InvalidResponseError extends Error {
  constructor(
    readonly collection: string,
    /** Which answer: a pull page, a stream event, a push answer. */
    readonly answer: string,
    /** The JSON pointer of the first invalid value ('' for the whole body). */
    readonly path: string,
    reason: string,
  ) {
    super(
      `The central store sent an invalid ${answer} for ${collection}: ${path || '/'} ${reason}`,
    );
  }
}

/*
 * The checks are generated ahead of time from the schemas in answer-schemas.ts (no code is
 * generated at run time: the Electron renderer's CSP forbids it). They only say yes or no, so a
 * refused answer is walked once more by TypeBox's interpreter to name its first invalid path:
 * slow, and only on the rare refusal.
 */
type Checked = { check: Check; schema: TSchema };

function ofCollection(
  checks: ReadonlyMap<string, Check>,
  schemas: ReadonlyMap<string, TSchema>,
  name: string,
): Checked {
  const check = checks.get(name);
  const schema = schemas.get(name);
  if (!check || !schema) throw new Error(`No replicated collection named "${name}"`);
  return { check, schema };
}

function refusal(
  schema: TSchema,
  body: unknown,
  collection: string,
  answer: string,
): InvalidResponseError {
  const [first] = Errors(schema, body);
  return new InvalidResponseError(
    collection,
    answer,
    first?.instancePath ?? '',
    first?.message ?? 'is invalid',
  );
}

/*
 * Each check was generated from the schema of the type its guard names (answer-schemas.ts, kept
 * fresh by answer-validators.test.ts): the guards say so to the compiler.
 */
function isPullPage(check: Check, body: unknown): body is PullResponse<StoredDocument> {
  return check(body);
}
function isStreamBatch(check: Check, body: unknown): body is StreamBatch<StoredDocument> {
  return check(body);
}
function isPushAnswer(body: unknown): body is WireDocument<Decision>[] {
  return pushAnswerCheck(body);
}
function isNotePushAnswer(body: unknown): body is WireDocument<Activity>[] {
  return notePushAnswerCheck(body);
}
function isApiError(body: unknown): body is ApiError {
  return apiErrorCheck(body);
}

/** A pull answer, checked against the collection's schema before anything of it is used. */
export function validPullPage(collection: string, body: unknown): PullResponse<StoredDocument> {
  const { check, schema } = ofCollection(pullPageChecks, pullPageSchemas, collection);
  if (isPullPage(check, body)) return body;
  throw refusal(schema, body, collection, 'pull page');
}

/** A live stream event's data, checked like a pull page (its checkpoint is always set). */
export function validStreamBatch(collection: string, body: unknown): StreamBatch<StoredDocument> {
  const { check, schema } = ofCollection(streamBatchChecks, streamBatchSchemas, collection);
  if (isStreamBatch(check, body)) return body;
  throw refusal(schema, body, collection, 'stream event');
}

/** The store's answer to a push of decisions: their stored states, with outcomes. */
export function validPushAnswer(body: unknown): WireDocument<Decision>[] {
  if (isPushAnswer(body)) return body;
  throw refusal(pushAnswerSchema, body, decisionsCollection.name, 'push answer');
}

/** The store's answer to a push of notes: their stored states, with outcomes. */
export function validNotePushAnswer(body: unknown): WireDocument<Activity>[] {
  if (isNotePushAnswer(body)) return body;
  throw refusal(notePushAnswerSchema, body, activitiesCollection.name, 'push answer');
}

/** An error body as the protocol writes it, or null for anything else (a proxy's page, no body). */
export function apiErrorOf(body: unknown): ApiError | null {
  return isApiError(body) ? body : null;
}
