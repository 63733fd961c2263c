import { describe, expect, it } from 'vitest';
import { replicatedCollections, type ReplicatedCollectionName } from '../../shared/schema';
import { scopeFingerprint, scopeRules, type Scope } from './scope';

const ana: Scope = { userId: 'user-cam-ana', territoryIds: ['territory-a'] };
const nobody: Scope = { userId: 'user-new', territoryIds: [] };
const both: Scope = { userId: 'user-rm-rita', territoryIds: ['territory-a', 'territory-b'] };

const territoryScoped = [
  'partners',
  'contacts',
  'deals',
  'requests',
  'funds',
  'performance',
  'activities',
] as const;

type Case = [ReplicatedCollectionName, Record<string, unknown>, Scope, boolean];

/** Who may see what, written out case by case (domain.md), independently of the rules' code. */
const cases: Case[] = [
  ...territoryScoped.flatMap((name): Case[] => [
    [name, { id: 'x', territoryId: 'territory-a' }, ana, true],
    [name, { id: 'x', territoryId: 'territory-b' }, ana, false],
    [name, { id: 'x', territoryId: 'territory-b' }, both, true],
    [name, { id: 'x', territoryId: 'territory-a' }, nobody, false],
  ]),
  ['territories', { id: 'territory-a' }, ana, true],
  ['territories', { id: 'territory-b' }, ana, false],
  ['territories', { id: 'territory-a' }, nobody, false],
  ['users', { id: 'user-cam-ana', territoryIds: [] }, ana, true],
  ['users', { id: 'user-cam-dan', territoryIds: ['territory-a'] }, ana, true],
  ['users', { id: 'user-cam-bob', territoryIds: ['territory-b'] }, ana, false],
  ['users', { id: 'user-rm-rita', territoryIds: ['territory-b', 'territory-a'] }, ana, true],
  ['users', { id: 'user-cam-bob', territoryIds: ['territory-b'] }, nobody, false],
  ['decisions', { id: 'd', territoryId: 'territory-a', decidedBy: 'user-cam-dan' }, ana, true],
  ['decisions', { id: 'd', territoryId: 'territory-b', decidedBy: 'user-cam-bob' }, ana, false],
  ['decisions', { id: 'd', territoryId: 'unscoped', decidedBy: 'user-cam-ana' }, ana, true],
  ['decisions', { id: 'd', territoryId: 'territory-b', decidedBy: 'user-cam-ana' }, ana, true],
  ['activities', { id: 'n', territoryId: 'unscoped', actorId: 'user-cam-ana' }, ana, true],
  ['activities', { id: 'n', territoryId: 'unscoped', actorId: 'user-cam-bob' }, ana, false],
  ['activities', { id: 'n', territoryId: 'territory-b', actorId: 'user-cam-ana' }, ana, false],
  ['programs', { id: 'p' }, nobody, true],
  ['products', { id: 'p' }, nobody, true],
];

describe('scope rules for the live stream', () => {
  it('has a rule for every replicated collection', () => {
    expect(Object.keys(scopeRules).sort()).toEqual(
      replicatedCollections.map((collection) => collection.name).sort(),
    );
  });

  it.each(cases)('%s %j for %j: %s', (collection, document, scope, visible) => {
    expect(scopeRules[collection].includes(document, scope)).toBe(visible);
  });
});

describe('scope fingerprint', () => {
  it('is the same whatever the order of territories, and short', () => {
    const fingerprint = scopeFingerprint(both);
    expect(fingerprint).toHaveLength(16);
    expect(scopeFingerprint({ ...both, territoryIds: ['territory-b', 'territory-a'] })).toBe(
      fingerprint,
    );
  });

  it('changes with the territories and with the user', () => {
    const fingerprints = new Set([
      scopeFingerprint(ana),
      scopeFingerprint({ ...ana, territoryIds: ['territory-b'] }),
      scopeFingerprint({ ...ana, territoryIds: [] }),
      scopeFingerprint({ ...ana, userId: 'user-cam-dan' }),
    ]);
    expect(fingerprints.size).toBe(4);
  });
});
