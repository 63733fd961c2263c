import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import type { Database } from '../../server/db/database';
import { announceChange, lockChangeFeed } from '../../server/sync/document-store';
import type { Partner } from '../../shared/schema';
import { testAuth, tokenFor } from '../support/auth';
import { createTestDatabase, engines, type TestDatabase } from '../support/databases';
import { aPartner } from '../support/partners';
import { ana, aUser, bob } from '../support/scenario';
import { openEventStream } from '../support/sse';

const WRITERS = 6;
const WRITES_EACH = 25;
const PULLERS = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(engines)('the change feed on %s', (engine) => {
  let testDatabase: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    testDatabase = await createTestDatabase(engine);
    database = await testDatabase.open();
  });
  afterAll(async () => {
    await database.close();
    await testDatabase.drop();
  });

  it('never lets a puller skip a change that commits late, with concurrent writers', async () => {
    await database.exec('TRUNCATE partners, scope_exits');
    const app = await buildApp({ database, corsOrigins: [], auth: testAuth });
    const partners = app.storeOf('partners');
    let writing = true;

    // Each write holds its transaction open a random while after taking its change number, the
    // way a slow transaction would; only the change-feed lock keeps numbers committing in order.
    const writers = Array.from({ length: WRITERS }, async (_, writer) => {
      for (let write = 0; write < WRITES_EACH; write += 1) {
        await database.transaction(async (tx) => {
          await lockChangeFeed(tx);
          const partner = aPartner({ id: `p-${writer}-${write}`, territoryId: 'territory-a' });
          await partners.writeManyWithin(tx, [partner], new Date());
          await sleep(Math.random() * 4);
          await announceChange(tx, 'partners');
        });
      }
    });

    const pullers = Array.from({ length: PULLERS }, async () => {
      const seen: string[] = [];
      const seqs: number[] = [];
      let checkpoint = null as { seq: number } | null;
      for (;;) {
        const done = !writing;
        const page = await partners.pull(checkpoint, 7, ana);
        seen.push(...page.documents.map((document: Partner) => document.id));
        if (page.checkpoint) seqs.push(page.checkpoint.seq);
        checkpoint = page.checkpoint;
        if (done && page.documents.length === 0) return { seen, seqs };
        await sleep(Math.random() * 3);
      }
    });

    await Promise.all(writers);
    writing = false;
    const results = await Promise.all(pullers);
    await app.close();

    for (const { seen, seqs } of results) {
      expect(seen).toHaveLength(WRITERS * WRITES_EACH);
      expect(new Set(seen).size).toBe(WRITERS * WRITES_EACH);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    }
  });

  it.runIf(engine === 'postgres')(
    'streams a change written through one server instance from another',
    async () => {
      await database.exec('TRUNCATE partners, users, scope_exits');
      const second = await testDatabase.open();
      const writer = await buildApp({ database, corsOrigins: [], auth: testAuth });
      const reader = await buildApp({ database: second, corsOrigins: [], auth: testAuth });
      await reader.storeOf('users').put([aUser(bob)]);
      const url = await reader.listen({ port: 0, host: '127.0.0.1' });
      const token = await tokenFor(reader, bob);
      const stream = await openEventStream(`${url}/sync/stream?protocol=4&access_token=${token}`);
      try {
        await stream.waitFor(1);
        await writer.storeOf('partners').put([aPartner({ id: 'p-b', territoryId: 'territory-b' })]);
        // Within a second of the commit, or waitFor fails.
        const [, batch] = await stream.waitFor(2, 1000);
        expect(batch).toMatchObject({ event: 'partners', data: { documents: [{ id: 'p-b' }] } });
      } finally {
        stream.close();
        await reader.close();
        await writer.close();
        await second.close();
      }
    },
  );
});
