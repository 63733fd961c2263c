import type { TSchema } from 'typebox';
import { ApiErrorSchema } from '../../shared/api/errors';
import { HealthSchema } from '../../shared/api/health';
import { IdentitySchema } from '../../shared/auth/identity';
import {
  activitiesCollection,
  decisionsCollection,
  replicatedCollections,
} from '../../shared/schema';
import type { CollectionDefinition } from '../../shared/schema/collection';
import {
  pullResponseSchema,
  pushResponseSchema,
  streamBatchSchema,
} from '../../shared/sync/protocol';

/*
 * Every answer of the central store the client checks, with the shared schema it is checked
 * against. The checks themselves are generated ahead of time from this list
 * (scripts/generate-answer-validators.ts writes renderer/sync/generated/answer-validators.ts):
 * the Electron renderer's CSP forbids generating code at run time. The schemas stay here for
 * naming the first invalid path of a refused answer, which is interpreted and rare.
 */

function perCollection(
  envelope: (schema: CollectionDefinition['schema']) => TSchema,
): ReadonlyMap<string, TSchema> {
  // Every collection alike: the union of their schemas is not one the envelope can infer.
  const collections: readonly CollectionDefinition[] = replicatedCollections;
  return new Map(collections.map(({ name, schema }) => [name, envelope(schema)]));
}

/** A pull answer of each replicated collection, by collection name. */
export const pullPageSchemas = perCollection(pullResponseSchema);
/** A live stream event's data for each replicated collection, by collection name. */
export const streamBatchSchemas = perCollection(streamBatchSchema);
/** The answer to a push of decisions. */
export const pushAnswerSchema = pushResponseSchema(decisionsCollection.schema);
/** The answer to a push of notes (activities). */
export const notePushAnswerSchema = pushResponseSchema(activitiesCollection.schema);
export const apiErrorSchema = ApiErrorSchema;
/** GET /health, read when the app opens (renderer/app/local-session.ts). */
export const healthSchema = HealthSchema;
/** GET /auth/me, read when the app opens (renderer/app/local-session.ts). */
export const identitySchema = IdentitySchema;
