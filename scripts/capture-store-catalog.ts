import { writeFile } from 'node:fs/promises';
import { migrate } from '../server/db/migrate';
import { openPgliteDatabase } from '../server/db/pglite';
import { readStoreCatalog } from '../test/fixtures/store-catalog/read-catalog';

/**
 * `npx tsx scripts/capture-store-catalog.ts [out.json]`: migrates an in-memory PGlite with the
 * store's migrations and writes the tables, columns, indexes, triggers, sequences and functions
 * they leave. test/integration/migrations.test.ts checks every engine against that file, so a
 * migration that changes the schema on purpose re-captures it and the diff shows the change.
 */
async function main() {
  const out = process.argv[2] ?? 'test/fixtures/store-catalog/catalog.json';
  const database = await openPgliteDatabase(undefined);
  try {
    await migrate(database);
    const catalog = await readStoreCatalog(database);
    await writeFile(out, `${JSON.stringify(catalog, null, 2)}\n`);
    console.log(`Wrote ${out}: ${Object.keys(catalog.tables).length} tables`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
