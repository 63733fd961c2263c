import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aDecision, aRequest } from '../../../../test/support/scenario';
import { openCamDatabase, type CamDatabase } from '../../../db/database';
import { firstPageKeeper, readFirstPage } from './first-page-snapshot';
import { toInboxEntry, type Decider } from './inbox-entry';

const ana: Decider = { id: 'user-cam-ana', role: 'cam', territoryIds: ['territory-a'] };
const entries = [aRequest({ id: 'r-1' }), aRequest({ id: 'r-2' })].map(toInboxEntry);
const decisions = [aDecision({ id: 'd-1', requestId: 'r-1', decidedBy: ana.id })];

let database: CamDatabase;
let counter = 0;
beforeEach(async () => {
  database = await openCamDatabase(`first-page-${++counter}`, getRxStorageMemory());
});
afterEach(async () => {
  await database.remove();
});

/** The keeper writes when the browser is idle (a macrotask under Node). */
const idle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the first page kept for the next load', () => {
  it('is read back as it was shown, per scope, for the same user only', async () => {
    firstPageKeeper(database, 'mine')(ana, entries, decisions);
    await idle();
    const kept = await readFirstPage(database, 'mine', ana.id);
    expect(kept?.entries.map((entry) => entry.id)).toEqual(['r-1', 'r-2']);
    expect(kept?.decisions.map((decision) => decision.id)).toEqual(['d-1']);
    expect(kept?.me).toEqual(ana);
    expect(await readFirstPage(database, 'role', ana.id)).toBeNull();
    expect(await readFirstPage(database, 'mine', 'user-cam-diego')).toBeNull();
  });

  it('follows the rows: a changed page replaces the kept one', async () => {
    const keep = firstPageKeeper(database, 'mine');
    keep(ana, entries, decisions);
    await idle();
    keep(ana, entries.slice(1), []);
    await idle();
    const kept = await readFirstPage(database, 'mine', ana.id);
    expect(kept?.entries.map((entry) => entry.id)).toEqual(['r-2']);
    expect(kept?.decisions).toEqual([]);
  });

  it('one of another shape (an older app) is not used', async () => {
    await database.upsertLocal('inbox-first-page-mine', { shape: 0, me: ana, entries: [] });
    expect(await readFirstPage(database, 'mine', ana.id)).toBeNull();
  });
});
