import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import type { Partner } from '../../shared/schema';
import type { Checkpoint, PullResponse } from '../../shared/sync/protocol';
import { aPartner, onWire } from '../../test/support/partners';
import { openCamDatabase, type CamDatabase } from '../db/database';
import { collectionSnapshot } from './snapshot';

type Change = { seq: number; partner: Partner; deleted?: boolean };

/** The store's change feed for partners: each change once, the latest per partner, by seq. */
function storeWith(changes: Change[], failAtSeq?: number) {
  const asked: (number | undefined)[] = [];
  const pull = (checkpoint: Checkpoint | undefined, limit: number) => {
    asked.push(checkpoint?.seq);
    const after = checkpoint?.seq ?? 0;
    if (failAtSeq !== undefined && after >= failAtSeq) {
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    const latest = new Map(changes.map((change) => [change.partner.id, change]));
    const page = [...latest.values()]
      .filter((change) => change.seq > after)
      .sort((a, b) => a.seq - b.seq)
      .slice(0, limit);
    const last = page.at(-1);
    const response: PullResponse<Record<string, unknown>> = {
      documents: page.map((change) => onWire(change.partner, change.deleted)),
      checkpoint: last ? { seq: last.seq, scope: 'scope-1' } : (checkpoint ?? null),
    };
    return Promise.resolve(response);
  };
  return { pull, asked };
}

const partner = (n: number, name = `Partner ${String(n)}`) =>
  aPartner({ id: `partner-${String(n).padStart(3, '0')}`, name });
const changesFor = (count: number): Change[] =>
  Array.from({ length: count }, (_, i) => ({ seq: i + 1, partner: partner(i + 1) }));

let database: CamDatabase | undefined;
afterEach(async () => {
  await database?.remove();
  database = undefined;
});

async function open(name: string) {
  database = await openCamDatabase(name, getRxStorageMemory());
  return database;
}

describe('the first-sync snapshot', () => {
  it('loads an empty collection page by page and starts replication at the last checkpoint', async () => {
    const db = await open('snapshot-load');
    const store = storeWith(changesFor(25));
    const snapshot = collectionSnapshot(db, db.partners);

    const pages: number[] = [];
    expect(await snapshot.load(store.pull, 10, { onPage: (count) => pages.push(count) })).toBe(25);

    expect(store.asked).toEqual([undefined, 10, 20]);
    expect(pages).toEqual([10, 10, 5]);
    const names = (await db.partners.find({ sort: [{ name: 'asc' }] }).exec()).map((p) => p.name);
    expect(names).toHaveLength(25);
    expect(names[0]).toBe('Partner 1');
    expect(await snapshot.startingCheckpoint()).toEqual({ seq: 25, scope: 'scope-1' });
    // Complete: a second start loads nothing and asks the store nothing.
    expect(await snapshot.load(store.pull, 10)).toBe(0);
    expect(store.asked).toHaveLength(3);
  });

  it('applies later changes and deletions of documents an earlier page wrote', async () => {
    const db = await open('snapshot-changes');
    const changes = changesFor(12);
    const store = storeWith(changes);
    const snapshot = collectionSnapshot(db, db.partners);

    await snapshot.load(async (checkpoint, limit) => {
      const page = await store.pull(checkpoint, limit);
      // While the first page is written, one partner is renamed and another deleted: both come
      // back in a later page, after documents the snapshot already wrote.
      if (checkpoint === undefined) {
        changes.push(
          { seq: 13, partner: partner(2, 'Renamed during the snapshot') },
          { seq: 14, partner: partner(3), deleted: true },
        );
      }
      return page;
    }, 10);

    expect((await db.partners.findOne('partner-002').exec())?.name).toBe(
      'Renamed during the snapshot',
    );
    expect(await db.partners.findOne('partner-003').exec()).toBeNull();
    expect(await db.partners.count().exec()).toBe(11);
  });

  it('resumes after the page it had written when it was interrupted', async () => {
    const db = await open('snapshot-resume');
    const offlineAfterFirstPage = storeWith(changesFor(25), 10);
    const snapshot = collectionSnapshot(db, db.partners);

    await expect(snapshot.load(offlineAfterFirstPage.pull, 10)).rejects.toThrow('Failed to fetch');
    expect(await db.partners.count().exec()).toBe(10);
    expect(await snapshot.startingCheckpoint()).toEqual({ seq: 10, scope: 'scope-1' });

    const online = storeWith(changesFor(25));
    expect(await snapshot.load(online.pull, 10)).toBe(15);
    expect(online.asked).toEqual([10, 20]);
    expect(await db.partners.count().exec()).toBe(25);
  });

  it('resumes after a reload: the checkpoint of each written page is kept with the data', async () => {
    const before = await openCamDatabase('snapshot-reload', getRxStorageMemory());
    const closedAfterTwoPages = storeWith(changesFor(45), 20);
    await expect(
      collectionSnapshot(before, before.partners).load(closedAfterTwoPages.pull, 10),
    ).rejects.toThrow('Failed to fetch');
    // The app is closed: everything in memory is gone, the database stays.
    await before.close();

    const after = await open('snapshot-reload');
    const snapshot = collectionSnapshot(after, after.partners);
    expect(await after.partners.count().exec()).toBe(20);
    expect(await snapshot.startingCheckpoint()).toEqual({ seq: 20, scope: 'scope-1' });
    const online = storeWith(changesFor(45));
    expect(await snapshot.load(online.pull, 10)).toBe(25);
    // Nothing written before the reload is asked for again.
    expect(online.asked).toEqual([20, 30, 40]);
    expect(await after.partners.count().exec()).toBe(45);
  });

  it('leaves a collection that replication already filled to replication', async () => {
    const db = await open('snapshot-skip');
    await db.partners.insert(partner(1));
    const store = storeWith(changesFor(5));
    const snapshot = collectionSnapshot(db, db.partners);

    expect(await snapshot.load(store.pull, 10)).toBe(0);
    expect(store.asked).toEqual([]);
    expect(await snapshot.startingCheckpoint()).toBeUndefined();
  });

  it('stops between pages when the sync stops', async () => {
    const db = await open('snapshot-stop');
    const store = storeWith(changesFor(25));
    let pages = 0;
    const snapshot = collectionSnapshot(db, db.partners);
    await snapshot.load(
      (checkpoint, limit) => {
        pages += 1;
        return store.pull(checkpoint, limit);
      },
      10,
      { stopped: () => pages >= 1 },
    );
    expect(await db.partners.count().exec()).toBe(10);
    expect(await snapshot.startingCheckpoint()).toEqual({ seq: 10, scope: 'scope-1' });
  });
});
