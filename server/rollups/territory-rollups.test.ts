import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replicatedCollections, territoriesCollection, type Territory } from '../../shared/schema';
import type { Database } from '../db/database';
import { loadMigrations, migrate } from '../db/migrate';
import { generateDataset } from '../seed/generate';
import { loadDataset } from '../seed/load';
import { seedWorkflowStore } from '../seed/workflow-seed';
import { documentStore } from '../sync/document-store';
import { publishExchangeRates } from '../workflow/workflow-store';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases';
import { refreshTerritoryRollups } from './territory-rollups';

const territoryV1 = {
  id: 'territory-a',
  name: 'Territory A',
  region: 'Test',
  countries: ['MX'],
  camIds: [],
  managerId: null,
  updatedAt: '2026-11-24T10:00:00.000Z',
};

describe('territories on PostgreSQL', () => {
  let testDatabase: TestDatabase;
  let database: Database;

  beforeEach(async () => {
    testDatabase = await createTestDatabase('postgres');
    database = await testDatabase.openUnmigrated();
  });
  afterEach(async () => {
    await database.close();
    await testDatabase.drop();
  });

  async function migrateWithTerritoryV1() {
    const migrations = await loadMigrations();
    await migrate(
      database,
      migrations.filter((migration) => migration.version < 12),
    );
    await database.query(
      `INSERT INTO territories (id, doc, seq, updated_at) VALUES ($1, $2, nextval('change_seq'), now())`,
      [territoryV1.id, JSON.stringify(territoryV1)],
    );
    return migrations;
  }

  const storedTerritory = async () =>
    (await database.query<{ doc: Territory }>('SELECT doc FROM territories'))[0]?.doc;

  it('012 upgrades a stored territory as the client does when the store has no rates', async () => {
    await migrate(database, await migrateWithTerritoryV1());
    expect(await storedTerritory()).toEqual(territoriesCollection.upgrades?.[2]?.(territoryV1));
  });

  it('012 gives a stored territory the rates to USD the store holds, under a new change number', async () => {
    const migrations = await migrateWithTerritoryV1();
    await publishExchangeRates(database, [
      { baseCurrency: 'USD', currency: 'MXN', validOn: '2026-01-01', unitsPerBase: 18.5 },
      { baseCurrency: 'USD', currency: 'EUR', validOn: '2026-01-01', unitsPerBase: 0.92 },
      { baseCurrency: 'EUR', currency: 'GBP', validOn: '2026-01-01', unitsPerBase: 0.85 },
    ]);
    const [before] = await database.query<{ seq: number }>('SELECT seq FROM territories');
    await migrate(database, migrations);
    const [after] = await database.query<{ seq: number }>('SELECT seq FROM territories');
    expect((await storedTerritory())?.exchangeRates).toEqual({
      baseCurrency: 'USD',
      rates: [
        { currency: 'EUR', validOn: '2026-01-01', unitsPerBase: 0.92 },
        { currency: 'MXN', validOn: '2026-01-01', unitsPerBase: 18.5 },
      ],
    });
    expect(after?.seq).toBeGreaterThan(before?.seq ?? Infinity);
  });

  it('the store recounts from its tables what the seed counted from the generated records', async () => {
    await migrate(database);
    const now = new Date('2026-11-24T00:00:00.000Z');
    const dataset = generateDataset({ scale: 'demo', seed: 7, now });
    await seedWorkflowStore(database);
    await loadDataset(
      database,
      replicatedCollections.map((collection) => documentStore(database, collection)),
      dataset,
    );

    const refreshed = await refreshTerritoryRollups(database, now);

    const strip = ({ updatedAt: _updatedAt, ...territory }: Territory) => territory;
    expect(refreshed.map(strip).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      dataset.territories.map(strip).sort((a, b) => a.id.localeCompare(b.id)),
    );
    // And one figure straight from the raw deals, in SQL: submitted registrations in the window.
    for (const territory of refreshed) {
      const rollup = territory.rollup;
      if (!rollup) throw new Error(`${territory.id} has no rollup`);
      const [row] = await database.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM deals WHERE territory_id = $1 AND NOT deleted
           AND doc->>'registrationStatus' <> 'draft' AND doc->>'registeredAt' >= $2`,
        [territory.id, `${rollup.firstMonth}-01`],
      );
      const counted = rollup.partners.reduce(
        (sum, partner) => sum + partner.registered.reduce((a, b) => a + b, 0),
        0,
      );
      expect(counted).toBe(row?.n);
      expect(counted).toBeGreaterThan(0);
    }
  });
});
