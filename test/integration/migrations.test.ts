import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database';
import { loadMigrations, migrate } from '../../server/db/migrate';
import {
  dealsCollection,
  decisionsCollection,
  isTerritoryScoped,
  partnersCollection,
  requestsCollection,
  usersCollection,
  replicatedCollections,
} from '../../shared/schema';
import { requestV3Defaults } from '../../shared/schema/request';
import { createTestDatabase, engines, type TestDatabase } from '../support/databases';
import { partnerV0 } from '../fixtures/partner-v0';
import storeCatalog from '../fixtures/store-catalog/catalog.json';
import { readStoreCatalog, type CatalogTable } from '../fixtures/store-catalog/read-catalog';

/** The numbered files as versions 1 to 5 shipped them, byte for byte (before functions). */
const shippedMigrationsDir = fileURLToPath(
  new URL('../fixtures/store-catalog/migrations-1-5/', import.meta.url),
);

/** What migrate() did when versions 1 to 5 shipped: each file once, recorded by version and name. */
async function migrateAsShipped(database: Database, upTo = 5) {
  await database.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const shipped = await loadMigrations(shippedMigrationsDir);
  for (const migration of shipped.filter(({ version }) => version <= upTo)) {
    await database.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    });
  }
}

/** A table's catalog entry with its name taken out of every identifier, to compare shapes. */
function shapeOf(table: CatalogTable | undefined, name: string) {
  const anonymous = (text: string) => text.replaceAll(name, 'TABLE');
  const rename = (entries: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(entries).map(([key, value]) => [anonymous(key), anonymous(value)]),
    );
  return (
    table && {
      columns: table.columns,
      constraints: rename(table.constraints),
      indexes: rename(table.indexes),
      triggers: rename(table.triggers),
    }
  );
}

async function moveEveryPartnerTo(database: Database, territoryId: string) {
  await database.query(
    `UPDATE partners SET doc = jsonb_set(doc, '{territoryId}', to_jsonb($1::text)),
       seq = nextval('change_seq')`,
    [territoryId],
  );
}

async function storedData(database: Database) {
  return {
    partners: await database.query('SELECT * FROM partners ORDER BY id'),
    exits: await database.query('SELECT * FROM scope_exits ORDER BY seq'),
    store: await database.query('SELECT id FROM store_identity'),
    migrations: await database.query('SELECT version, name FROM schema_migrations ORDER BY 1'),
  };
}

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

  it.each([
    {
      collection: requestsCollection,
      version: 3,
      stored: {
        id: 'request-1',
        territoryId: 'territory-a',
        status: 'approved',
        workflow: { definitionId: 'workflow-standard', version: 1 },
      },
    },
    {
      collection: requestsCollection,
      version: 4,
      stored: {
        id: 'request-spiff-1',
        territoryId: 'territory-a',
        type: 'spiff_claim',
        status: 'under_review',
        workflow: { definitionId: 'workflow-standard', version: 1 },
        ...requestV3Defaults(),
      },
    },
    {
      collection: decisionsCollection,
      version: 2,
      stored: { id: 'decision-1', territoryId: 'territory-a', action: 'approve' },
    },
    {
      collection: usersCollection,
      version: 2,
      stored: { id: 'user-1', role: 'cam', active: true },
    },
  ])(
    'upgrades $collection.name stored before version $version exactly as the client does',
    async ({ collection, version, stored }) => {
      await migrateAsShipped(database);
      await database.query(
        `INSERT INTO ${collection.name} (id, doc, seq, updated_at)
         VALUES ($1, $2, nextval('change_seq'), now())`,
        [stored.id, JSON.stringify(stored)],
      );

      await migrate(database);

      const [row] = await database.query<{ doc: unknown }>(
        `SELECT doc FROM ${collection.name} WHERE id = $1`,
        [stored.id],
      );
      // Every upgrade from that version on, in order, as the client runs them.
      const upgrades = Object.entries(collection.upgrades ?? {})
        .filter(([to]) => Number(to) >= version)
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([, upgrade]) => upgrade);
      expect(upgrades.length).toBe(collection.version - version + 1);
      const upgraded = upgrades.reduce<Record<string, unknown>>((doc, upgrade) => upgrade(doc), {
        ...stored,
      });
      expect(row?.doc).toEqual(upgraded);
      expect(row?.doc).not.toEqual(stored);
    },
  );

  it('keeps the rep a SPIFF claim already names, and indexes claims by rep', async () => {
    const migrations = await loadMigrations();
    await migrate(
      database,
      migrations.filter(({ version }) => version < 16),
    );
    const stored = {
      id: 'request-spiff-2',
      territoryId: 'territory-a',
      type: 'spiff_claim',
      workflow: { definitionId: 'workflow-standard', version: 1 },
      ...requestV3Defaults(),
      payee: { name: 'Ana Ruiz', email: 'ana.ruiz@partner.example' },
    };
    await database.query(
      `INSERT INTO requests (id, doc, seq, updated_at)
       VALUES ($1, $2, nextval('change_seq'), now())`,
      [stored.id, JSON.stringify(stored)],
    );
    const [before] = await database.query<{ seq: string }>('SELECT seq::text FROM requests');

    expect(await migrate(database, migrations)).toContain(16);

    const [row] = await database.query<{ doc: unknown; seq: string }>(
      'SELECT doc, seq::text FROM requests WHERE id = $1',
      [stored.id],
    );
    expect(row?.doc).toEqual(requestsCollection.upgrades?.[4]?.(stored));
    expect(row?.doc).toEqual(stored);
    // Clients upgrade their own copies: no change number moves.
    expect(row?.seq).toBe(before?.seq);
    const { tables } = await readStoreCatalog(database);
    expect(Object.keys(tables['requests']?.indexes ?? {})).toContain('requests_spiff_payee_idx');
  });

  it('upgrades deals stored at version 1 exactly as the client does', async () => {
    await migrateAsShipped(database);
    const stored = { id: 'deal-1', territoryId: 'territory-a', registrationStatus: 'approved' };
    await database.query(
      `INSERT INTO deals (id, doc, seq, updated_at) VALUES ($1, $2, nextval('change_seq'), now())`,
      [stored.id, JSON.stringify(stored)],
    );

    await migrate(database);

    const [row] = await database.query<{ doc: unknown }>('SELECT doc FROM deals WHERE id = $1', [
      stored.id,
    ]);
    const upgrade = dealsCollection.upgrades?.[2];
    expect(upgrade).toBeDefined();
    expect(row?.doc).toEqual(upgrade?.(stored));
    expect(row?.doc).toHaveProperty('specialPricing', null);
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

  it('leaves exactly the catalog in test/fixtures/store-catalog/catalog.json, once', async () => {
    await migrate(database);
    expect(await readStoreCatalog(database)).toEqual(storeCatalog);
    expect(await migrate(database)).toEqual([]);
    expect(await readStoreCatalog(database)).toEqual(storeCatalog);
  });

  it('brings a database the shipped files 1-5 made to the same catalog, data kept', async () => {
    await migrateAsShipped(database);
    await database.query(
      `INSERT INTO partners (id, doc, seq, updated_at)
       VALUES ('partner-1', '{"id": "partner-1", "territoryId": "territory-a"}', nextval('change_seq'), now())`,
    );
    await moveEveryPartnerTo(database, 'territory-b');
    const before = await storedData(database);
    // The numbered files added since 005 run once each, and are recorded like the others.
    const since = (await loadMigrations()).filter(({ version }) => version > 5);

    expect(await migrate(database)).toEqual(since.map(({ version }) => version));

    expect(await readStoreCatalog(database)).toEqual(storeCatalog);
    expect(await storedData(database)).toEqual({
      ...before,
      migrations: [...before.migrations, ...since.map(({ version, name }) => ({ version, name }))],
    });
    // The trigger the shipped file made records a partner leaving its territory as before.
    await moveEveryPartnerTo(database, 'territory-c');
    const exits = await database.query<{ territory_id: string }>(
      'SELECT territory_id FROM scope_exits ORDER BY seq',
    );
    expect(exits.map((exit) => exit.territory_id)).toEqual(['territory-a', 'territory-b']);

    // A later migration adding a collection finds the function here too, and gets the shape.
    await database.exec(`SELECT create_replicated_table('probes', true);
      SELECT create_replicated_table('notes', false);`);
    const { tables } = await readStoreCatalog(database);
    expect(shapeOf(tables['probes'], 'probes')).toEqual(shapeOf(tables['partners'], 'partners'));
    expect(shapeOf(tables['notes'], 'notes')).toEqual(shapeOf(tables['programs'], 'programs'));
  });

  // The states shipped builds left: 001 alone (the foundation), then 001-003 (002 and 003 were
  // made together, 4 s apart, and ran in one transaction), then 004, then 005 (above).
  it('brings a database the shipped files left at 1, 3 or 4 to the same catalog', async () => {
    const [{ schema } = { schema: 'public' }] = await database.query<{ schema: string }>(
      'SELECT current_schema() AS schema',
    );
    for (const upTo of [1, 3, 4]) {
      await database.exec(`DROP SCHEMA ${schema} CASCADE; CREATE SCHEMA ${schema}`);
      await migrateAsShipped(database, upTo);
      await migrate(database);
      expect(await readStoreCatalog(database), `shipped up to ${upTo}`).toEqual(storeCatalog);
    }
  });

  it('stops, changing nothing, when what a database records is not these files', async () => {
    await migrate(database);
    const cases = [
      {
        record: `UPDATE schema_migrations SET name = 'prm_model_v2' WHERE version = 2`,
        undo: `UPDATE schema_migrations SET name = 'prm_model' WHERE version = 2`,
        message: /migration 2 "prm_model_v2", but .* is 002_prm_model\.sql/,
      },
      {
        record: `INSERT INTO schema_migrations (version, name) VALUES (999, 'later')`,
        undo: `DELETE FROM schema_migrations WHERE version = 999`,
        message: /migration 999 "later", for which this build has no file/,
      },
    ];
    // Absent, so that running the repeatable scripts would show.
    await database.exec('DROP FUNCTION create_replicated_table');
    const next = { version: 998, name: 'next', sql: 'CREATE TABLE next_thing (id text)' };
    const migrations = [...(await loadMigrations()), next];
    for (const { record, undo, message } of cases) {
      await database.exec(record);
      await expect(migrate(database, migrations)).rejects.toThrow(message);
      const { tables, functions } = await readStoreCatalog(database);
      expect(tables['next_thing']).toBeUndefined();
      expect(Object.keys(functions)).not.toContain(
        'create_replicated_table(collection text, territory_scoped boolean)',
      );
      await database.exec(undo);
    }
    expect(await migrate(database, migrations)).toEqual([998]);
  });
});
