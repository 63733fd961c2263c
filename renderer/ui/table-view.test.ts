import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../test-support/memory-storage';
import { deleteView, emptyView, moveColumn, readSavedViews, saveView } from './table-view';

const KEY = 'views';
const byAmount = { ...emptyView([{ id: 'amount', desc: true }]), search: 'cenit' };

describe('saved table views', () => {
  it('come back as saved, newest first, one per name', () => {
    const storage = memoryStorage();
    saveView(storage, KEY, { name: 'Big deals', view: byAmount });
    saveView(storage, KEY, { name: 'Mine', view: emptyView() });
    saveView(storage, KEY, { name: 'Big deals', view: { ...byAmount, grouping: ['currency'] } });
    const views = readSavedViews(storage, KEY);
    expect(views.map((view) => view.name)).toEqual(['Big deals', 'Mine']);
    expect(views[0]?.view.grouping).toEqual(['currency']);
    expect(views[0]?.view.sorting).toEqual([{ id: 'amount', desc: true }]);
  });

  it('delete by name', () => {
    const storage = memoryStorage();
    saveView(storage, KEY, { name: 'A', view: emptyView() });
    saveView(storage, KEY, { name: 'B', view: emptyView() });
    expect(deleteView(storage, KEY, 'A').map((view) => view.name)).toEqual(['B']);
  });

  it.each(['not json', '{"name":"x"}', '[{"name":"x","view":{"search":1}}]', '[null]'])(
    'treat unreadable storage %j as no views',
    (text) => {
      const storage = memoryStorage();
      storage.setItem(KEY, text);
      expect(readSavedViews(storage, KEY)).toEqual([]);
    },
  );
});

describe('moving a column', () => {
  const ids = ['name', 'tier', 'amount', 'updatedAt'];
  it.each([
    [[], 'amount', -1, ['name', 'amount', 'tier', 'updatedAt']],
    [[], 'name', -1, ['name', 'tier', 'amount', 'updatedAt']],
    [[], 'updatedAt', 1, ['name', 'tier', 'amount', 'updatedAt']],
    [['amount', 'gone'], 'name', 1, ['amount', 'tier', 'name', 'updatedAt']],
  ] as const)('from %j, %s by %d', (order, id, delta, expected) => {
    expect(moveColumn([...order], ids, id, delta)).toEqual(expected);
  });
});
