import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/schema';
import { noteState } from './note-state';

const at = '2026-11-24T10:00:00.000Z';
const note: Activity = {
  id: 'note-1',
  partnerId: 'partner-a1',
  territoryId: 'territory-a',
  kind: 'note',
  subjectType: 'partner',
  subjectId: 'partner-a1',
  actorId: 'user-ana',
  at,
  writtenAt: at,
  text: 'Call back on Monday',
  outcome: null,
  updatedAt: at,
};

describe('noteState', () => {
  it.each([
    ['my note in the outbox', {}, { state: 'waiting' }],
    [
      'my note the store kept',
      { outcome: { status: 'accepted', reason: null, recordedAt: at } },
      { state: 'saved' },
    ],
    [
      'my note the store refused',
      {
        outcome: {
          status: 'refused',
          reason: 'This partner is not in your territories.',
          recordedAt: at,
        },
      },
      { state: 'refused', reason: 'This partner is not in your territories.' },
    ],
    ["someone else's note", { actorId: 'user-bob' }, null],
    ['a call I logged', { kind: 'call' }, null],
    ['an audit entry', { kind: 'audit', actorId: null }, null],
  ] as const)('%s', (_case, overrides, expected) => {
    expect(noteState({ ...note, ...overrides }, 'user-ana')).toEqual(expected);
  });
});
