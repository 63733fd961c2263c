import type { TSchema } from 'typebox';
import { Compile, type Validator } from 'typebox/compile';
import { ApiErrorSchema, type ApiError } from '../../shared/api/errors';
import { decisionsCollection, replicatedCollections, type Decision } from '../../shared/schema';
import type { CollectionDefinition, StoredDocument } from '../../shared/schema/collection';
import {
  pullResponseSchema,
  pushResponseSchema,
  streamBatchSchema,
  type PullResponse,
  type StreamBatch,
  type WireDocument,
} from '../../shared/sync/protocol';

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

/** Compiling a validator costs far more than a check: one per collection, made when first used. */
function onePerCollection<Made>(make: (collection: CollectionDefinition) => Made) {
  const made = new Map<string, Made>();
  return (name: string): Made => {
    const existing = made.get(name);
    if (existing) return existing;
    const collection = replicatedCollections.find((candidate) => candidate.name === name);
    if (!collection) throw new Error(`No replicated collection named "${name}"`);
    const created = make(collection);
    made.set(name, created);
    return created;
  };
}

/*
 * The sync engine handles every collection alike, as stored documents: its validators are typed
 * for a document of unnamed properties (checked all the same) and the deletion flag. `{}` is
 * what makes the flag survive in the static type (a generic TProperties index swallows it).
 */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- see above
type AnyProperties = Record<never, TSchema>;
const pullPages = onePerCollection((collection) =>
  Compile(pullResponseSchema<AnyProperties>(collection.schema)),
);
const streamBatches = onePerCollection((collection) =>
  Compile(streamBatchSchema<AnyProperties>(collection.schema)),
);
const pushAnswers = Compile(pushResponseSchema(decisionsCollection.schema));
const apiErrors = Compile(ApiErrorSchema);

function refusal(
  validator: Validator,
  body: unknown,
  collection: string,
  answer: string,
): InvalidResponseError {
  const [first] = validator.Errors(body);
  return new InvalidResponseError(
    collection,
    answer,
    first?.instancePath ?? '',
    first?.message ?? 'is invalid',
  );
}

/** A pull answer, checked against the collection's schema before anything of it is used. */
export function validPullPage(collection: string, body: unknown): PullResponse<StoredDocument> {
  const validator = pullPages(collection);
  if (validator.Check(body)) return body;
  throw refusal(validator, body, collection, 'pull page');
}

/** A live stream event's data, checked like a pull page (its checkpoint is always set). */
export function validStreamBatch(collection: string, body: unknown): StreamBatch<StoredDocument> {
  const validator = streamBatches(collection);
  if (validator.Check(body)) return body;
  throw refusal(validator, body, collection, 'stream event');
}

/** The store's answer to a push of decisions: their stored states, with outcomes. */
export function validPushAnswer(body: unknown): WireDocument<Decision>[] {
  if (pushAnswers.Check(body)) return body;
  throw refusal(pushAnswers, body, decisionsCollection.name, 'push answer');
}

/** An error body as the protocol writes it, or null for anything else (a proxy's page, no body). */
export function apiErrorOf(body: unknown): ApiError | null {
  return apiErrors.Check(body) ? body : null;
}
