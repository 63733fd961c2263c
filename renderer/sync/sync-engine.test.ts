import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Decision } from '../../shared/schema';
import type { PushRow } from '../../shared/sync/protocol';
import { aPartner, onWire } from '../../test/support/partners';
import { aDecision } from '../../test/support/scenario';
import { openCamDatabase, type CamDatabase } from '../db/database';
import { startSync, type SyncEngine } from './sync-engine';
import { memoryStorage } from '../test-support/memory-storage';

const storeUrl = 'http://store.test';
const userId = 'user-cam-ana';

/** The store's side: pull pages by collection, the answer to a push, the live stream. */
class FakeStore {
  /** The first page of each collection; later pages (from its checkpoint) are empty. */
  readonly pages = new Map<string, unknown>();
  answerPush: (rows: PushRow<Decision>[]) => unknown = (rows) =>
    rows.map((row) => ({ ...row.newDocumentState, outcome: applied }));
  readonly pulled: string[] = [];
  /** Pulls that fail as fetch does offline, by collection, until the network is back. */
  readonly offlineFor = new Set<string>();

  fetch = (input: string, init?: RequestInit): Promise<Response> => {
    const url = new URL(input);
    const pull = /^\/sync\/(\w+)\/pull$/.exec(url.pathname);
    if (pull?.[1]) {
      this.pulled.push(pull[1]);
      if (this.offlineFor.has(pull[1])) return Promise.reject(new TypeError('Failed to fetch'));
      const seq = url.searchParams.get('seq');
      const first = this.pages.get(pull[1]) ?? { documents: [], checkpoint: null };
      return json(seq === null ? first : { documents: [], checkpoint: { seq: Number(seq) } });
    }
    if (url.pathname === '/sync/decisions/push') {
      const body = typeof init?.body === 'string' ? init.body : '[]';
      return json(this.answerPush(JSON.parse(body) as PushRow<Decision>[]));
    }
    return json({ code: 'not_found', message: 'No such route' }, 404);
  };
}

const applied = {
  status: 'applied',
  reason: null,
  supersededBy: null,
  recordedAt: '2026-11-24T11:00:01.000Z',
};

function json(body: unknown, status = 200): Promise<Response> {
  return Promise.resolve(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    }),
  );
}

/** The live stream: opens at once, says RESYNC, then sends what the test emits. */
class FakeEventSource {
  static current: FakeEventSource | undefined;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly listeners = new Map<string, (event: { data: string }) => void>();

  constructor() {
    FakeEventSource.current = this;
    queueMicrotask(() => {
      this.onopen?.();
      this.onmessage?.({ data: '"RESYNC"' });
    });
  }
  addEventListener(name: string, listener: (event: { data: string }) => void) {
    this.listeners.set(name, listener);
  }
  emit(name: string, data: string) {
    this.listeners.get(name)?.({ data });
  }
  /** The connection drops (the network is gone). */
  fail() {
    this.onerror?.();
  }
  close() {}
}

let database: CamDatabase | undefined;
let engine: SyncEngine | undefined;
let store: FakeStore;

beforeEach(() => {
  store = new FakeStore();
  vi.stubGlobal('fetch', store.fetch);
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('navigator', { onLine: true });
  vi.stubGlobal('localStorage', memoryStorage());
});

afterEach(async () => {
  await engine?.stop();
  await database?.remove();
  engine = undefined;
  database = undefined;
  vi.unstubAllGlobals();
});

async function sync(name: string) {
  database = await openCamDatabase(name, getRxStorageMemory());
  engine = startSync({
    database,
    storeUrl,
    accessToken: () => Promise.resolve('token'),
    hasSession: () => Promise.resolve(true),
    userId,
    onScopeChanged: () => undefined,
    onRevoked: () => undefined,
  });
  // Every problem shown: another collection catching up clears the last one (sync-engine.ts).
  const problems: string[] = [];
  engine.status$.subscribe(({ problem }) => {
    if (problem && problems.at(-1) !== problem) problems.push(problem);
  });
  return { db: database, problems };
}

const partnerPage = (name: unknown) => ({
  documents: [onWire(aPartner({ id: 'partner-1' })), { ...onWire(aPartner()), name }],
  checkpoint: { seq: 2, scope: 'scope-1' },
});

describe('the sync engine and answers that break the protocol', () => {
  it('writes a good pull page', async () => {
    store.pages.set('partners', partnerPage('Contoso'));
    const { db } = await sync('answers-good-page');

    await vi.waitFor(async () => {
      expect(await db.partners.count().exec()).toBe(2);
    });
  });

  it('refuses a malformed pull page: nothing of it is written, the problem is shown', async () => {
    store.pages.set('partners', partnerPage(42));
    const { db, problems } = await sync('answers-bad-page');

    await vi.waitFor(() => {
      expect(problems).toContain(
        'The central store sent an invalid pull page for partners: /documents/1/name must be string',
      );
    });
    expect(await db.partners.count().exec()).toBe(0);
  });

  it('refuses a malformed stream event and pulls instead; a good event is applied', async () => {
    const { db, problems } = await sync('answers-stream');
    await engine?.awaitInSync();
    const pulls = store.pulled.filter((name) => name === 'partners').length;
    const stream = FakeEventSource.current;

    stream?.emit('partners', JSON.stringify(partnerPage(42)));
    await vi.waitFor(() => {
      expect(problems).toContain(
        'The central store sent an invalid stream event for partners: /documents/1/name must be string',
      );
    });
    // Its changes are to come through a pull from the checkpoint, which is checked too.
    await vi.waitFor(() => {
      expect(store.pulled.filter((name) => name === 'partners').length).toBeGreaterThan(pulls);
    });
    stream?.emit('partners', '{"documents": [');
    expect(await db.partners.count().exec()).toBe(0);

    stream?.emit('partners', JSON.stringify(partnerPage('Contoso')));
    await vi.waitFor(async () => {
      expect(await db.partners.count().exec()).toBe(2);
    });
  });

  it('applies a good push answer: the decision gets its outcome', async () => {
    const { db } = await sync('answers-good-push');
    await engine?.awaitInSync();
    const { _deleted, ...decision } = aDecision({ decidedBy: userId });
    await db.decisions.insert(decision);

    await vi.waitFor(async () => {
      const stored = await db.decisions.findOne(decision.id).exec();
      expect(stored?.outcome?.status).toBe('applied');
    });
  });

  it('refuses a malformed push answer: the decision stays unanswered in the outbox', async () => {
    store.answerPush = (rows) =>
      rows.map((row) => ({ ...row.newDocumentState, outcome: { ...applied, status: 'maybe' } }));
    const { db, problems } = await sync('answers-bad-push');
    await engine?.awaitInSync();
    const { _deleted, ...decision } = aDecision({ decidedBy: userId });
    await db.decisions.insert(decision);

    await vi.waitFor(() => {
      expect(problems.join('\n')).toContain('invalid push answer for decisions: /0/outcome');
    });
    expect((await db.decisions.findOne(decision.id).exec())?.outcome).toBeNull();
    expect(engine?.status$.value.pendingChanges).toBe(1);
  });
});

describe('the sync engine when a first sync is interrupted', () => {
  it('goes on with the first sync itself once the network is back, counting what arrives', async () => {
    store.pages.set('partners', partnerPage('Contoso'));
    store.offlineFor.add('partners');
    const { db } = await sync('interrupted-first-sync');
    const downloaded: number[] = [];
    engine?.status$.subscribe((status) => downloaded.push(status.downloaded ?? 0));
    await vi.waitFor(() => {
      expect(engine?.status$.value.connection).toBe('offline');
    });
    FakeEventSource.current?.fail();

    store.offlineFor.clear();
    // The OS reports the network back: the stream reconnects, and the first sync goes on at once.
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(async () => {
      expect(await db.partners.count().exec()).toBe(2);
    });
    // Written by the first sync (which counts its pages), not by replication's slower path.
    expect(Math.max(...downloaded)).toBe(2);
    await engine?.awaitInSync();
    expect(engine?.status$.value.downloaded).toBeNull();
  });
});
