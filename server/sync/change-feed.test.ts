import { describe, expect, it } from 'vitest';
import { visibleChanges } from './change-feed';
import type { Change } from './document-store';
import type { Scope } from './scope';

const ana: Scope = { userId: 'user-cam-ana', territoryIds: ['territory-a'] };
const bob: Scope = { userId: 'user-cam-bob', territoryIds: ['territory-b'] };
const rita: Scope = { userId: 'user-rm-rita', territoryIds: ['territory-a', 'territory-b'] };

const partner = (territoryId: string, name = 'Alpha') => ({ id: 'partner-1', territoryId, name });
const written = (seq: number, doc: Record<string, unknown>, deleted = false): Change => ({
  doc,
  deleted,
  seq,
  exitFrom: null,
});
/** A move from `from` at `seq`: the feed carries the old state as an exit, and the new state. */
const moved = (seq: number, from: string, to: string): Change[] => [
  { doc: partner(from), deleted: true, seq, exitFrom: from },
  written(seq, partner(to, 'Alpha moved')),
];

describe('what a live stream may see of a batch of changes', () => {
  it('passes changes in the scope, with their deletion flag, and nothing else', () => {
    const changes = [
      written(1, partner('territory-a')),
      written(2, partner('territory-b', 'Bravo')),
      written(3, partner('territory-a', 'Gone'), true),
    ];
    expect(visibleChanges('partners', changes, ana)).toEqual([
      { ...partner('territory-a'), _deleted: false },
      { ...partner('territory-a', 'Gone'), _deleted: true },
    ]);
    expect(visibleChanges('partners', changes, bob)).toEqual([
      { ...partner('territory-b', 'Bravo'), _deleted: false },
    ]);
  });

  it('sends a removal to whoever lost the document, the document to whoever gained it', () => {
    const move = moved(5, 'territory-a', 'territory-b');
    expect(visibleChanges('partners', move, ana)).toEqual([
      { ...partner('territory-a'), _deleted: true },
    ]);
    expect(visibleChanges('partners', move, bob)).toEqual([
      { ...partner('territory-b', 'Alpha moved'), _deleted: false },
    ]);
  });

  it('sends no removal to whoever still sees the document after the move', () => {
    expect(visibleChanges('partners', moved(5, 'territory-a', 'territory-b'), rita)).toEqual([
      { ...partner('territory-b', 'Alpha moved'), _deleted: false },
    ]);
  });

  it('sends a removal for an earlier move even when a later change brings it back', () => {
    const changes = [
      ...moved(5, 'territory-a', 'territory-b'),
      ...moved(6, 'territory-b', 'territory-a'),
    ];
    expect(visibleChanges('partners', changes, ana)).toEqual([
      { ...partner('territory-a'), _deleted: true },
      { ...partner('territory-a', 'Alpha moved'), _deleted: false },
    ]);
  });

  it('ignores exits from territories outside the scope', () => {
    expect(visibleChanges('partners', moved(5, 'territory-b', 'territory-c'), ana)).toEqual([]);
  });

  it('follows each collection’s own rule: a person’s own decisions reach them anywhere', () => {
    const decision = { id: 'decision-1', territoryId: 'unscoped', decidedBy: ana.userId };
    expect(visibleChanges('decisions', [written(1, decision)], ana)).toEqual([
      { ...decision, _deleted: false },
    ]);
    expect(visibleChanges('decisions', [written(1, decision)], bob)).toEqual([]);
  });
});
