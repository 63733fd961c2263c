import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app';
import type { Database } from '../../server/db/database';
import type { Decider } from '../../server/decisions/judge-decision';
import { replicatedCollections } from '../../shared/schema';
import { tokenFor, testAuth } from '../support/auth';
import { createTestDatabase, engines, type TestDatabase } from '../support/databases';
import { ana, aUser, bob, rita, seedScenario } from '../support/scenario';
import { openEventStream } from '../support/sse';

const within = (promise: Promise<unknown>, ms: number) =>
  Promise.race([
    promise.then(() => 'ended'),
    new Promise((resolve) => setTimeout(resolve, ms, 'still open')),
  ]);

describe.each(engines)('the live stream’s scope on %s', (engine) => {
  let testDatabase: TestDatabase;
  let database: Database;
  let app: App;
  let url: string;
  const streams: Array<{ close(): void }> = [];

  beforeAll(async () => {
    testDatabase = await createTestDatabase(engine);
    database = await testDatabase.open();
  });
  afterAll(async () => {
    await database.close();
    await testDatabase.drop();
  });
  beforeEach(async () => {
    await database.exec(
      `TRUNCATE scope_exits, ${replicatedCollections.map((collection) => collection.name).join(', ')}`,
    );
    app = await buildApp({ database, corsOrigins: [], auth: testAuth });
    await seedScenario(app);
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterEach(async () => {
    for (const stream of streams.splice(0)) stream.close();
    await app.close();
  });

  async function streamFor(who: Decider) {
    const stream = await openEventStream(
      `${url}/sync/stream?protocol=4&access_token=${await tokenFor(app, who)}`,
    );
    streams.push(stream);
    await stream.waitFor(1);
    return stream;
  }

  async function movePartner(id: string, territoryId: string) {
    const partners = app.storeOf('partners');
    const partner = await partners.get(id);
    if (!partner) throw new Error(`expected ${id}`);
    await partners.put([{ ...partner, territoryId, name: `${partner.name} (moved)` }]);
  }

  it('streams a removal to whoever loses a partner that moves, the partner to whoever gains it', async () => {
    const [forAna, forBob, forRita] = await Promise.all([ana, bob, rita].map(streamFor));
    if (!forAna || !forBob || !forRita) throw new Error('expected three streams');
    await movePartner('partner-a2', 'territory-b');

    const [, toAna] = await forAna.waitFor(2);
    expect(toAna).toEqual({
      event: 'partners',
      data: expect.objectContaining({
        documents: [
          expect.objectContaining({ id: 'partner-a2', name: 'Alpha Two', _deleted: true }),
        ],
      }) as unknown,
    });
    const [, toBob] = await forBob.waitFor(2);
    expect(toBob?.data).toMatchObject({
      documents: [{ id: 'partner-a2', name: 'Alpha Two (moved)', _deleted: false }],
    });
    const [, toRita] = await forRita.waitFor(2);
    expect(toRita?.data).toMatchObject({
      documents: [{ id: 'partner-a2', territoryId: 'territory-b', _deleted: false }],
    });
  });

  it('streams nothing from a territory the caller does not cover', async () => {
    const forAna = await streamFor(ana);
    const forBob = await streamFor(bob);
    await movePartner('partner-b1', 'territory-b');
    await forBob.waitFor(2);
    await movePartner('partner-a1', 'territory-a');
    await forAna.waitFor(2);
    expect(forAna.messages.slice(1)).toEqual([
      {
        event: 'partners',
        data: expect.objectContaining({
          documents: [expect.objectContaining({ id: 'partner-a1' })],
        }) as unknown,
      },
    ]);
  });

  it('ends the stream of a user whose own territories change, and only theirs', async () => {
    const forAna = await streamFor(ana);
    const forBob = await streamFor(bob);
    await app.storeOf('users').put([aUser(ana, { territoryIds: ['territory-b'] })]);

    await expect(within(forAna.ended, 5000)).resolves.toBe('ended');
    // Bob now shares a territory with Ana, so he receives her record, and keeps his stream.
    const [, toBob] = await forBob.waitFor(2);
    expect(toBob?.data).toMatchObject({ documents: [{ id: ana.userId }] });
    await expect(within(forBob.ended, 300)).resolves.toBe('still open');
    await movePartner('partner-b1', 'territory-b');
    await forBob.waitFor(3);
  });

  it('sends nothing after the end: a change in the lost territory never reaches the old stream', async () => {
    const forAna = await streamFor(ana);
    const forRita = await streamFor(rita);
    await app.storeOf('users').put([aUser(ana, { territoryIds: ['territory-b'] })]);
    await within(forAna.ended, 5000);
    await movePartner('partner-a1', 'territory-a');
    // Rita covers both territories: once she has the change, the feed has read it.
    await forRita.waitFor(3);
    expect(JSON.stringify(forAna.messages)).not.toContain('partner-a1');
  });
});
