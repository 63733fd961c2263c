import {
  fillWithDefaultSettings,
  type RxCollection,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorageWriteError,
} from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import { getDexieStoreSchema } from 'rxdb/plugins/storage-dexie';
import type { WireDocument } from '../../shared/sync/protocol';

/**
 * The one module that writes below RxDB's public API: documents go straight to a collection's
 * storage instance in one bulk write, without RxDB's per-document reads and copies (the first
 * sync's snapshot, renderer/sync/snapshot.ts), and the benchmark reproduces RxDB's Dexie layout
 * to measure the floor under it (bench/page/breakdown.ts). Nothing else in the code touches
 * `storageInstance`, `_meta`, `_rev` or the replication's internal state.
 *
 * What it relies on, none of which RxDB promises across versions:
 * - `collection.storageInstance.bulkWrite` is RxDB's wrapper, which gives every written document
 *   a fresh `_rev` (height + 1 over `previous`) and `_meta.lwt` (now): the placeholders written
 *   here never reach the storage, so lwt-ordered change queries and revisions stay right.
 * - An insert over an existing document fails with status 409 and `documentInDb`, which the
 *   replacement then names as `previous`.
 * - A write under the replication's `downstreamBulkWriteFlag` is taken by its upstream as the
 *   master's state, not as local changes to look through or push.
 * - The replication's own checkpoint is untouched by these writes: its pull handler is first
 *   called with no checkpoint, so the snapshot's checkpoint is where replication starts.
 * - RxDB's Dexie storage keeps one `docs` table per collection with `[_deleted+key]`,
 *   `[_meta.lwt+key]` and `[_meta.lwt]` beside the schema's indexes, `_deleted` as '0'/'1'.
 *
 * storage-write.test.ts checks each of these against the installed RxDB and fails first on a
 * version other than this one. That is why package.json pins rxdb exactly (and dexie with it:
 * rxdb 17.6.0 depends on dexie 4.4.2 exactly, and a second copy of Dexie crashes at load). To
 * upgrade: bump both pins together, run the test, re-read the points above against RxDB's
 * `rx-storage-helper.ts` (getWrappedStorageInstance), `replication-protocol/upstream.ts` and
 * `storage-dexie/dexie-helper.ts`, then change this constant.
 */
export const RXDB_VERSION_VERIFIED = '17.6.0';

type Doc = Record<string, unknown>;

/**
 * Writes documents as the store's state, in one bulk write for the new ones: documents that
 * already exist locally (changed again since) are replaced, deleted ones replace what is there
 * (or are skipped when nothing is). `context` is the bulk-write context (see
 * replicationWriteContext). Throws, naming the collection, when the storage refuses a document.
 */
export async function writeStoreState(
  collection: RxCollection<Doc>,
  documents: readonly WireDocument<Doc>[],
  context: string,
): Promise<void> {
  const storage = collection.storageInstance;
  const primaryPath = collection.schema.primaryPath;
  const live = documents.filter((document) => !document._deleted);
  const result = await storage.bulkWrite(
    live.map((document) => ({ document: asStored(document) })),
    context,
  );
  const conflicts = result.error.filter((error) => error.status === 409);
  const failed = result.error.filter((error) => error.status !== 409);
  if (failed.length > 0) throw new Error(describeWriteErrors(collection.name, failed));

  const deletedIds = documents
    .filter((document) => document._deleted)
    .map((document) => String(document[primaryPath]));
  const existingDeleted =
    deletedIds.length > 0 ? await storage.findDocumentsById(deletedIds, false) : [];
  const previousById = new Map(
    [...conflicts.map((error) => error.documentInDb), ...existingDeleted].map((previous) => [
      String(previous[primaryPath]),
      previous,
    ]),
  );
  if (previousById.size === 0) return;
  const replacements = documents.flatMap((document) => {
    const previous = previousById.get(String(document[primaryPath]));
    return previous ? [{ previous, document: asStored(document) }] : [];
  });
  const updates = await storage.bulkWrite(replacements, context);
  if (updates.error.length > 0) {
    throw new Error(describeWriteErrors(collection.name, updates.error));
  }
}

/**
 * The bulk-write context under which a replication's upstream takes writes as the master's
 * state; undefined when the replication was cancelled before it started.
 */
export async function replicationWriteContext<RxDocType, Checkpoint>(
  replication: RxReplicationState<RxDocType, Checkpoint>,
): Promise<string | undefined> {
  await replication.startPromise;
  return replication.internalReplicationState?.downstreamBulkWriteFlag;
}

/** The Dexie table schema RxDB's Dexie storage creates for a collection schema. */
export function dexieTableSchemaOf(schema: RxJsonSchema<Doc>): string {
  return getDexieStoreSchema(fillWithDefaultSettings(schema));
}

/**
 * A document as RxDB's Dexie storage stores it (no boolean indexes of the app's own: the test
 * checks), with its metadata; written by the benchmark straight into a dexieTableSchemaOf table.
 */
export function asDexieRow(document: Doc, lwt: number): Doc {
  return { ...document, _deleted: '0', _meta: { lwt }, _rev: '1-bench', _attachments: {} };
}

function asStored(document: WireDocument<Doc>): RxDocumentData<Doc> {
  // Placeholders: RxDB's storage wrapper sets the revision and write time.
  return { ...document, _attachments: {}, _meta: { lwt: 0 }, _rev: '' };
}

function describeWriteErrors(collection: string, errors: readonly RxStorageWriteError<Doc>[]) {
  const first = errors[0];
  return `Writing the ${collection} snapshot failed for ${String(errors.length)} documents (first: ${first?.documentId ?? '?'}, status ${String(first?.status ?? '?')})`;
}
