import { describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/schema';
import type { WireDocument } from '../../shared/sync/protocol';
import type { Decider } from '../decisions/judge-decision';
import { judgeNote, noteRefusals, type NotedPartner } from './judge-note';

const ana: Decider = { userId: 'user-cam-ana', role: 'cam', territoryIds: ['territory-a'] };
const at = new Date('2026-11-24T12:00:00.000Z');
const partnerA: NotedPartner = { id: 'partner-a1', territoryId: 'territory-a' };
const partnerB: NotedPartner = { id: 'partner-b1', territoryId: 'territory-b' };

function aNote(overrides: Partial<WireDocument<Activity>> = {}): WireDocument<Activity> {
  return {
    id: 'note-1',
    partnerId: 'partner-a1',
    territoryId: 'territory-a',
    kind: 'note',
    subjectType: 'partner',
    subjectId: 'partner-a1',
    actorId: 'user-cam-ana',
    at: '2026-11-24T09:00:00.000Z',
    writtenAt: '2026-11-24T09:00:00.000Z',
    text: 'Wants to expand into the public sector.',
    outcome: null,
    updatedAt: '2026-11-24T09:00:00.000Z',
    _deleted: false,
    ...overrides,
  };
}

type Case = [string, Partial<WireDocument<Activity>>, NotedPartner | undefined, string | null];

/** Each rule of docs/sync-protocol.md ("Push notes"), broken once; null: accepted. */
const cases: Case[] = [
  ['a note about a partner in my territory', {}, partnerA, null],
  ['text with accents and emoji', { text: 'Reunión con dirección 👍' }, partnerA, null],
  ['text of exactly 4,000 characters', { text: 'x'.repeat(4000) }, partnerA, null],
  [
    'a partner in another territory',
    { partnerId: 'partner-b1', subjectId: 'partner-b1' },
    partnerB,
    noteRefusals.notYours,
  ],
  [
    'a partner the store does not know',
    { partnerId: 'partner-zz', subjectId: 'partner-zz' },
    undefined,
    noteRefusals.notYours,
  ],
  [
    'another territory claimed as mine',
    { territoryId: 'territory-b', partnerId: 'partner-b1', subjectId: 'partner-b1' },
    partnerB,
    noteRefusals.notYours,
  ],
  ['no text', { text: '' }, partnerA, noteRefusals.empty],
  ['only white space', { text: ' \n\t ' }, partnerA, noteRefusals.empty],
  [
    '4,001 characters (past validation)',
    { text: 'x'.repeat(4001) },
    partnerA,
    noteRefusals.too_long,
  ],
  ['a NUL (past validation)', { text: 'Fits\u0000 the plan' }, partnerA, noteRefusals.unstorable],
  [
    'a lone surrogate (past validation)',
    { text: 'Fits the plan \uD83D' },
    partnerA,
    noteRefusals.unstorable,
  ],
  [
    'a NUL in the subject id (past validation)',
    { subjectId: 'partner-a1\u0000' },
    partnerA,
    noteRefusals.unstorable,
  ],
  ['a call, not a note', { kind: 'call' }, partnerA, noteRefusals.notANote],
  ['an audit entry', { kind: 'audit', actorId: null }, partnerA, noteRefusals.notANote],
  ['a deletion', { _deleted: true }, partnerA, noteRefusals.deleted],
  [
    'a subject other than the partner',
    { subjectType: 'deal', subjectId: 'deal-1' },
    partnerA,
    noteRefusals.notAboutPartner,
  ],
  [
    'another partner as subject',
    { subjectId: 'partner-a2' },
    partnerA,
    noteRefusals.notAboutPartner,
  ],
];

describe('judgeNote', () => {
  it.each(cases)('%s', (_case, overrides, partner, refusal) => {
    const judged = judgeNote(aNote(overrides), partner, ana, at);
    if (refusal === null) {
      expect(judged.outcome).toEqual({
        status: 'accepted',
        reason: null,
        recordedAt: at.toISOString(),
      });
      expect(judged.territoryId).toBe(partner?.territoryId);
    } else {
      expect(judged.outcome).toEqual({
        status: 'refused',
        reason: refusal,
        recordedAt: at.toISOString(),
      });
      // Filed under no territory: only its author sees it, and nothing of the partner is told.
      expect(judged.territoryId).toBe('unscoped');
    }
  });

  it('keeps the trimmed text, the store time as `at` and the laptop time as `writtenAt`', () => {
    const judged = judgeNote(aNote({ text: '  Call back on Monday \n' }), partnerA, ana, at);
    expect(judged).toMatchObject({
      text: 'Call back on Monday',
      at: at.toISOString(),
      writtenAt: '2026-11-24T09:00:00.000Z',
    });
  });

  it('takes the laptop time from `at` when the claim has no `writtenAt`', () => {
    const judged = judgeNote(
      aNote({ writtenAt: null, at: '2026-11-23T08:00:00.000Z' }),
      partnerA,
      ana,
      at,
    );
    expect(judged.writtenAt).toBe('2026-11-23T08:00:00.000Z');
  });

  it.each([
    ['accepted', {}],
    ['refused', { text: '' }],
  ] as const)('names the caller as its author when %s, never the claim', (_case, overrides) => {
    const judged = judgeNote(aNote({ actorId: 'user-cam-bob', ...overrides }), partnerA, ana, at);
    expect(judged.actorId).toBe(ana.userId);
  });

  it('sets the territory from the partner, not from the claim', () => {
    const rita: Decider = {
      userId: 'user-rm-rita',
      role: 'regional_manager',
      territoryIds: ['territory-a', 'territory-b'],
    };
    const judged = judgeNote(
      aNote({ partnerId: 'partner-b1', subjectId: 'partner-b1' }),
      partnerB,
      rita,
      at,
    );
    expect(judged).toMatchObject({ territoryId: 'territory-b', outcome: { status: 'accepted' } });
  });

  it('ignores an outcome the claim brings with it', () => {
    const claimed = {
      status: 'accepted',
      reason: null,
      recordedAt: '2020-01-01T00:00:00.000Z',
    } as const;
    const judged = judgeNote(aNote({ text: '', outcome: claimed }), partnerA, ana, at);
    expect(judged.outcome?.status).toBe('refused');
  });

  it.each([
    ['a NUL', 'Fits\u0000 the plan', 'Fits\uFFFD the plan'],
    ['a lone surrogate', 'Fits the plan \uD83D', 'Fits the plan \uFFFD'],
  ])('keeps a refused note with %s legible, the character replaced', (_case, text, kept) => {
    expect(judgeNote(aNote({ text }), partnerA, ana, at).text).toBe(kept);
  });

  it('keeps a refused note within the Text limit', () => {
    expect(judgeNote(aNote({ text: 'x'.repeat(5000) }), partnerA, ana, at).text).toHaveLength(4000);
  });
});
