import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database';
import { scopeRules, type Scope } from '../../server/sync/scope';
import { replicatedCollections, type ReplicatedCollection } from '../../shared/schema';
import { createTestDatabase, type TestDatabase } from '../support/databases';

/**
 * Each scope rule is written twice (server/sync/scope.ts): as SQL for pulls and as `includes()`
 * for the live stream. Generated documents go into a migrated PostgreSQL, and for generated
 * scopes the ids the SQL selects must be the ids `includes()` accepts. SCOPE_RUNS=2000 explores
 * further; CI runs the default.
 */
const RUNS = Number(process.env['SCOPE_RUNS'] ?? 25);
/** About 15 ms a run on a busy machine: the default 30 s, and room for raised runs. */
const TIMEOUT_MS = 30_000 + RUNS * 200;

const heldTerritories = ['territory-a', 'territory-b', 'territory-c'];
/** A territory documents may name but no scope holds. */
const unheldTerritory = 'territory-unheld';
const territoryPool = [...heldTerritories, unheldTerritory];
const userPool = ['user-cam-ana', 'user-cam-bob', 'user-rm-rita'];
/** Ids overlap the territory and user pools so that a rule reading the wrong field shows. */
const idPool = [...territoryPool, ...userPool, 'record-1', 'record-2', 'record-3'];

type Document = Record<string, unknown>;
type StoredDocument = { document: Document; deleted: boolean };

/** Documents of a collection, with the fields its schema has that scope rules may read. */
function storedDocuments(collection: ReplicatedCollection): fc.Arbitrary<StoredDocument[]> {
  const properties = collection.schema.properties as Record<string, unknown>;
  const has = (field: string) => field in properties;
  const document = fc.record({
    id: fc.constantFrom(...idPool),
    ...(has('territoryId') && { territoryId: fc.constantFrom(...territoryPool) }),
    ...(has('decidedBy') && { decidedBy: fc.constantFrom(...userPool) }),
    ...(has('territoryIds') && { territoryIds: fc.subarray(territoryPool) }),
  });
  return fc.uniqueArray(fc.record({ document, deleted: fc.boolean() }), {
    selector: (stored) => stored.document['id'],
    maxLength: idPool.length,
  });
}

const scope: fc.Arbitrary<Scope> = fc.record({
  userId: fc.constantFrom(...userPool, 'user-without-documents'),
  territoryIds: fc.subarray(heldTerritories),
});

/** The shape document-store.ts pulls with: the rule over the table joined with `scope`. */
function selectInScope(table: string, ruleSql: string): string {
  return `WITH scope AS (SELECT $1::text AS user_id, $2::text[] AS territories)
    SELECT id FROM ${table}, scope WHERE seq > $3 AND ${ruleSql}`;
}

async function replaceDocuments(database: Database, table: string, stored: StoredDocument[]) {
  await database.query(`DELETE FROM ${table}`);
  await database.query(
    `INSERT INTO ${table} (id, doc, deleted, seq, updated_at)
     SELECT row->'document'->>'id', row->'document', (row->>'deleted')::boolean,
       nextval('change_seq'), now()
     FROM jsonb_array_elements($1::jsonb) AS row`,
    [JSON.stringify(stored)],
  );
}

describe('scope rules: the SQL and includes() select the same documents', () => {
  let testDatabase: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    testDatabase = await createTestDatabase('postgres');
    database = await testDatabase.open();
  });
  afterAll(async () => {
    await database.close();
    await testDatabase.drop();
  });

  it('has every replicated collection here', () => {
    expect(Object.keys(scopeRules).sort()).toEqual(
      replicatedCollections.map((collection) => collection.name).sort(),
    );
  });

  it.each(replicatedCollections.map((collection) => [collection.name, collection] as const))(
    '%s',
    async (name, collection) => {
      const rule = scopeRules[name];
      const select = selectInScope(name, rule.sql);
      const seen = { included: 0, excluded: 0 };
      await fc.assert(
        fc.asyncProperty(
          storedDocuments(collection),
          fc.array(scope, { minLength: 1, maxLength: 4 }),
          async (stored, scopes) => {
            await replaceDocuments(database, name, stored);
            for (const each of scopes) {
              const rows = await database.query<{ id: string }>(select, [
                each.userId,
                each.territoryIds,
                0,
              ]);
              const included = stored
                .filter(({ document }) => rule.includes(document, each))
                .map(({ document }) => String(document['id']))
                .sort();
              expect(rows.map((row) => row.id).sort(), JSON.stringify(each)).toEqual(included);
              seen.included += included.length;
              seen.excluded += stored.length - included.length;
            }
          },
        ),
        { numRuns: RUNS },
      );
      // The generators reach both sides of every rule that can exclude anything.
      expect(seen.included).toBeGreaterThan(0);
      if (rule.sql !== 'true') expect(seen.excluded).toBeGreaterThan(0);
    },
    TIMEOUT_MS,
  );
});
