import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database';
import { loadMigrations, migrate } from '../../server/db/migrate';
import { isTerritoryScoped, partnersCollection, replicatedCollections } from '../../shared/schema';
import { createTestDatabase, engines, type TestDatabase } from '../support/databases';
import { partnerV0 } from '../fixtures/partner-v0';

describe.each(engines)('migrations on %s', (engine) => {
  let testDatabase: TestDatabase;
  let database: Database;

  beforeEach(async () => {
    testDatabase = await createTestDatabase(engine);
    database = await testDatabase.openUnmigrated();
  });
  afterEach(async () => {
    await database.close();
    await testDatabase.drop();
  });

  it('upgrades partners stored at version 0 exactly as the client does', async () => {
    const migrations = await loadMigrations();
    await migrate(
      database,
      migrations.filter((migration) => migration.version === 1),
    );
    await database.query(
      `INSERT INTO partners (id, doc, seq, updated_at) VALUES ($1, $2, nextval('change_seq'), now())`,
      [partnerV0.id, JSON.stringify(partnerV0)],
    );

    expect(await migrate(database, migrations)).toEqual(
      migrations.map((migration) => migration.version).filter((version) => version > 1),
    );

    const [row] = await database.query<{ doc: unknown; territory_id: string }>(
      'SELECT doc, territory_id FROM partners WHERE id = $1',
      [partnerV0.id],
    );
    const upgrade = partnersCollection.upgrades?.[1];
    expect(upgrade).toBeDefined();
    expect(row?.doc).toEqual(upgrade?.(partnerV0));
    expect(row?.territory_id).toBe(partnerV0.territoryId);
  });

  it('gives every replicated collection its table, scoped ones a territory column', async () => {
    await migrate(database);
    const columns = await database.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = current_schema()`,
    );
    for (const collection of replicatedCollections) {
      const names = columns
        .filter((column) => column.table_name === collection.name)
        .map((column) => column.column_name)
        .sort();
      const expected = ['deleted', 'doc', 'id', 'seq', 'updated_at'];
      if (isTerritoryScoped(collection)) expected.push('territory_id');
      expect(names, collection.name).toEqual(expected.sort());
    }
  });

  it('applies nothing the second time', async () => {
    await migrate(database);
    expect(await migrate(database)).toEqual([]);
  });
});
