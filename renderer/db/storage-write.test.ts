import { readFileSync } from 'node:fs';
import { firstValueFrom, filter } from 'rxjs';
import {
  getChangedDocumentsSince,
  RXDB_VERSION,
  type RxCollection,
  type RxDocumentData,
} from 'rxdb';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import { fromStorageToDexie, getBooleanIndexes } from 'rxdb/plugins/storage-dexie';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { partnersCollection, replicatedCollections, type Partner } from '../../shared/schema';
import type { Checkpoint, PushRow } from '../../shared/sync/protocol';
import { aPartner, onWire } from '../../test/support/partners';
import { collectionCreator, openCamDatabase, type CamDatabase } from './database';
import {
  asDexieRow,
  dexieTableSchemaOf,
  replicationWriteContext,
  RXDB_VERSION_VERIFIED,
  writeStoreState,
} from './storage-write';

type Doc = Record<string, unknown>;

const REVERIFY = `renderer/db/storage-write.ts was verified with RxDB ${RXDB_VERSION_VERIFIED}: re-check what its header lists against the installed RxDB, then update RXDB_VERSION_VERIFIED`;

const partner = (n: number, name = `Partner ${String(n)}`) =>
  aPartner({ id: `partner-${String(n).padStart(3, '0')}`, name });
const onWireAll = (partners: Partner[]) => partners.map((p) => onWire(p));

let database: CamDatabase | undefined;
afterEach(async () => {
  await database?.remove();
  database = undefined;
});

async function partners(name: string) {
  database = await openCamDatabase(name, getRxStorageMemory());
  return database.partners as unknown as RxCollection<Doc>;
}

async function stored(collection: RxCollection<Doc>, id: string): Promise<RxDocumentData<Doc>> {
  const [document] = await collection.storageInstance.findDocumentsById([id], true);
  if (!document) throw new Error(`${id} is not stored`);
  return document;
}

function packageJson(path: string) {
  const text = readFileSync(new URL(path, import.meta.url), 'utf8');
  return JSON.parse(text) as { dependencies?: Record<string, string> };
}

describe('the RxDB the storage fast path was verified with', () => {
  it('is the installed RxDB', () => {
    expect(RXDB_VERSION, `RxDB ${RXDB_VERSION} is installed; ${REVERIFY}`).toBe(
      RXDB_VERSION_VERIFIED,
    );
  });

  it('is pinned exactly, with the Dexie it depends on pinned the same', () => {
    const ours = packageJson('../../package.json').dependencies ?? {};
    const rxdbs = packageJson('../../node_modules/rxdb/package.json').dependencies ?? {};
    expect(ours['rxdb'], 'package.json must pin rxdb exactly').toBe(RXDB_VERSION_VERIFIED);
    expect(ours['dexie'], 'a second copy of Dexie crashes at load: pin the one rxdb pins').toBe(
      rxdbs['dexie'],
    );
  });
});

describe('documents written straight to the storage', () => {
  it('are seen by queries, findOne, an indexed count and a live query', async () => {
    const collection = await partners('fast-path-queries');
    const live = collection.find({ sort: [{ name: 'asc' }] }).$;
    await firstValueFrom(live); // a query RxDB already ran and keeps up to date

    await writeStoreState(collection, onWireAll([3, 1, 2].map((n) => partner(n))), 'test');

    const names = (await collection.find({ sort: [{ name: 'asc' }] }).exec()).map(
      (document) => document.get('name') as string,
    );
    expect(names).toEqual(['Partner 1', 'Partner 2', 'Partner 3']);
    expect((await collection.findOne('partner-002').exec())?.get('name')).toBe('Partner 2');
    const fromTwo = { selector: { name: { $gte: 'Partner 2' } } };
    expect(await collection.count(fromTwo).exec()).toBe(2);
    const shown = await firstValueFrom(live.pipe(filter((documents) => documents.length === 3)));
    expect(shown.map((document) => document.primary)).toEqual([
      'partner-001',
      'partner-002',
      'partner-003',
    ]);
  });

  it('replace what is there on a second write, and a deletion removes it', async () => {
    const collection = await partners('fast-path-replace');
    await writeStoreState(collection, onWireAll([partner(1), partner(2)]), 'test');
    const first = await stored(collection, 'partner-001');

    await writeStoreState(
      collection,
      [onWire(partner(1, 'Renamed')), onWire(partner(2), true), onWire(partner(9), true)],
      'test',
    );

    expect((await collection.findOne('partner-001').exec())?.get('name')).toBe('Renamed');
    expect(await collection.findOne('partner-002').exec()).toBeNull();
    expect(await collection.findOne('partner-009').exec()).toBeNull();
    expect(await collection.count({ selector: { name: { $gte: '' } } }).exec()).toBe(1);
    const second = await stored(collection, 'partner-001');
    expect(second._rev.startsWith('2-'), `revision after a replacement: ${second._rev}`).toBe(true);
    expect(second._meta.lwt).toBeGreaterThan(first._meta.lwt);
  });

  it("get RxDB's own revision and write time, which its change queries order by", async () => {
    const collection = await partners('fast-path-lwt');
    const before = Date.now();
    await writeStoreState(collection, onWireAll([partner(1), partner(2)]), 'test');
    const written = await stored(collection, 'partner-001');
    expect(written._rev.startsWith('1-'), `first revision: ${written._rev}`).toBe(true);
    expect(written._meta.lwt).toBeGreaterThanOrEqual(before);

    const all = await getChangedDocumentsSince(collection.storageInstance, 10);
    expect(all.documents.map((document) => document['id'])).toEqual(['partner-001', 'partner-002']);
    await writeStoreState(collection, onWireAll([partner(1, 'Renamed')]), 'test');
    const since = await getChangedDocumentsSince(collection.storageInstance, 10, all.checkpoint);
    expect(since.documents.map((document) => document['name'])).toEqual(['Renamed']);
  });

  it('throws naming the collection when the storage refuses a document', async () => {
    const collection = await partners('fast-path-refused');
    await expect(
      writeStoreState(collection, [onWire({ ...partner(1), id: '' })], 'test'),
    ).rejects.toThrow(/partners snapshot failed for 1 documents/);
  });
});

describe("the replication's view of those writes", () => {
  it('starts with no checkpoint of its own, then keeps the one it pulled', async () => {
    const collection = await partners('fast-path-checkpoint');
    await writeStoreState(collection, onWireAll([partner(1)]), 'test');
    const asked: (Checkpoint | undefined)[] = [];
    const replicate = () =>
      replicateRxCollection<Doc, Checkpoint>({
        collection,
        replicationIdentifier: 'checkpoint-test',
        live: false,
        waitForLeadership: false,
        pull: {
          batchSize: 10,
          handler: (checkpoint) => {
            asked.push(checkpoint);
            const documents = checkpoint ? [] : [onWire(partner(2))];
            return Promise.resolve({ documents, checkpoint: { seq: 7, scope: 'scope-1' } });
          },
        },
      });
    const first = replicate();
    await first.awaitInitialReplication();
    await first.cancel();
    const again = replicate();
    await again.awaitInitialReplication();
    await again.cancel();

    expect(asked[0]).toBeUndefined();
    expect(asked.at(-1)).toEqual({ seq: 7, scope: 'scope-1' });
    expect(await collection.count({ selector: { name: { $gte: '' } } }).exec()).toBe(2);
  });

  it("does not push what was written under the replication's write context", async () => {
    const collection = await partners('fast-path-upstream');
    const pushed: string[] = [];
    const replication = replicateRxCollection<Doc, Checkpoint>({
      collection,
      replicationIdentifier: 'upstream-test',
      live: true,
      waitForLeadership: false,
      pull: {
        handler: () => Promise.resolve({ documents: [], checkpoint: { seq: 0, scope: 's' } }),
      },
      push: {
        handler: (rows: PushRow<Doc>[]) => {
          pushed.push(...rows.map((row) => String(row.newDocumentState['id'])));
          return Promise.resolve([]);
        },
      },
    });
    try {
      const context = await replicationWriteContext(replication);
      expect(context, 'the replication has a downstream write flag').toEqual(expect.any(String));
      await replication.awaitInitialReplication();

      await writeStoreState(collection, onWireAll([partner(1)]), context ?? '');
      await replication.awaitInSync();
      expect(pushed).toEqual([]);

      // The same write under any other context is a local change, and is pushed.
      await writeStoreState(collection, onWireAll([partner(2)]), 'another-context');
      await replication.awaitInSync();
      expect(pushed).toEqual(['partner-002']);
    } finally {
      await replication.cancel();
    }
  });
});

describe("RxDB's Dexie layout, as the benchmark writes it", () => {
  it("keeps RxDB's own indexes beside the schema's", () => {
    const { schema } = collectionCreator(partnersCollection);
    const tables = dexieTableSchemaOf({ ...schema, indexes: [] }).split(', ');
    expect(tables).toEqual(['id', '[_deleted+id]', '[_meta.lwt+id]', '_meta.lwt']);
  });

  it.each(replicatedCollections.map((collection) => [collection.name, collection] as const))(
    '%s has no boolean index of its own, so a row differs from RxDB only in its metadata',
    (_name, collection) => {
      const { schema } = collectionCreator(collection);
      expect(getBooleanIndexes(schema)).toEqual(['_deleted']);
    },
  );

  it("writes a partner as RxDB's Dexie storage stores it", () => {
    const document = onWire(partner(1));
    const storedByRxdb = fromStorageToDexie(['_deleted'], {
      ...document,
      _deleted: false,
      _meta: { lwt: 5 },
      _rev: '1-bench',
      _attachments: {},
    }) as Doc;
    expect(asDexieRow(document, 5)).toEqual(storedByRxdb);
  });
});
