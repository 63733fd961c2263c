import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { openDatabase } from '../../server/db/open';
import { HealthSchema, type Health } from '../../shared/api/health';
import { Compile } from 'typebox/compile';
import { testAuth } from '../support/auth';

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Opens a store on a PGlite folder, reads /health, and closes it again. */
async function healthOf(dataDir: string): Promise<Health> {
  const database = await openDatabase({ engine: 'pglite', dataDir });
  const app = await buildApp({ database, corsOrigins: [], auth: testAuth });
  try {
    const response = await app.inject({ url: '/health' });
    expect(response.statusCode).toBe(200);
    const health = response.json<Health>();
    expect(Compile(HealthSchema).Check(health)).toBe(true);
    return health;
  } finally {
    await app.close();
    await database.close();
  }
}

describe('the store id clients name their local database after', () => {
  it('stays the same across restarts of one store and differs between stores', async () => {
    const [first, second] = await Promise.all(
      [0, 1].map(() => mkdtemp(path.join(tmpdir(), 'prm-store-id-'))),
    );
    if (!first || !second) throw new Error('no temp folders');
    folders.push(first, second);
    const before = await healthOf(first);
    const after = await healthOf(first);
    const other = await healthOf(second);
    expect(after.storeId).toBe(before.storeId);
    expect(other.storeId).not.toBe(before.storeId);
    expect(before.storeId).toMatch(/^[a-z0-9]{32}$/);
  });
});
