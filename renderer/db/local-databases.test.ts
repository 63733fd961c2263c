import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storageKeys } from '../app/storage-keys';
import { memoryStorage } from '../test-support/memory-storage';
import { finishPendingWipes, wipeLocalDatabase } from './local-databases';

/**
 * IndexedDB's naming and deletion only (this runs in Node, where there is no IndexedDB): enough
 * to see which databases a wipe deletes and what it leaves when the window closes half way.
 */
function indexedDbNamed(names: string[]) {
  const present = new Set(names);
  /** Deletions that never finish: the window closed while they ran. */
  const cutOff = new Set<string>();
  vi.stubGlobal('indexedDB', {
    databases: () => Promise.resolve([...present].map((name) => ({ name, version: 1 }))),
    deleteDatabase: (name: string) => {
      const request: { onsuccess?: () => void; onerror?: () => void } = {};
      if (!cutOff.has(name)) {
        setTimeout(() => {
          present.delete(name);
          request.onsuccess?.();
        }, 0);
      }
      return request;
    },
  });
  return { present, cutOff };
}

const ana = 'camdesk_store1_user_cam_ana';
const parts = (name: string) => [
  `rxdb-dexie-${name}--0--_rxdb_internal`,
  `rxdb-dexie-${name}--2--decisions`,
  `camdesk-files-${name}`,
];

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('wiping a local database', () => {
  it('deletes every part of it and nothing of a database whose name it begins', async () => {
    const { present } = indexedDbNamed([...parts(ana), ...parts(`${ana}x`), 'other-app']);

    await wipeLocalDatabase(ana);

    expect([...present].sort()).toEqual([...parts(`${ana}x`), 'other-app'].sort());
    expect(localStorage.getItem(storageKeys.pendingWipes)).toBeNull();
  });

  it('cut off half way, is finished at the next start', async () => {
    const indexedDb = indexedDbNamed(parts(ana));
    indexedDb.cutOff.add(`rxdb-dexie-${ana}--2--decisions`);

    // The window closes while the decisions' part is being deleted: the wipe never returns.
    void wipeLocalDatabase(ana);
    await vi.waitFor(() => {
      expect(indexedDb.present.size).toBe(1);
    });

    // The next start, in a new window.
    indexedDb.cutOff.clear();
    await finishPendingWipes();

    expect([...indexedDb.present]).toEqual([]);
    expect(localStorage.getItem(storageKeys.pendingWipes)).toBeNull();
  });

  it('is noted before the database is closed, so a close that never ends is finished later', async () => {
    const { present } = indexedDbNamed(parts(ana));

    void wipeLocalDatabase(ana, () => new Promise(() => undefined));
    await Promise.resolve();
    expect(JSON.parse(localStorage.getItem(storageKeys.pendingWipes) ?? '[]')).toEqual([ana]);

    await finishPendingWipes();
    expect([...present]).toEqual([]);
  });

  it.each([
    ['not JSON', '{'],
    ['not a list', '{"name":"camdesk_a"}'],
    ['a name that is not one of ours', '["rxdb-dexie-other", "../camdesk"]'],
  ])('a pending note that is %s deletes nothing', async (_, note) => {
    const { present } = indexedDbNamed([...parts(ana), 'rxdb-dexie-other--0--x']);
    localStorage.setItem(storageKeys.pendingWipes, note);

    await finishPendingWipes();

    expect(present.size).toBe(4);
  });
});
