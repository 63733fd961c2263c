import { describe, expect, it } from 'vitest';
import { noteRefusals } from '../../server/notes/judge-note';
import { noteService } from '../../server/notes/note-service';
import type { Decider } from '../../server/decisions/judge-decision';
import { documentStore } from '../../server/sync/document-store';
import {
  activitiesCollection,
  partnersCollection,
  type Activity,
  type Partner,
} from '../../shared/schema';
import {
  PROTOCOL_VERSION_HEADER,
  SYNC_PROTOCOL_VERSION,
  type PullResponse,
  type WireDocument,
} from '../../shared/sync/protocol';
import { signedInAs } from '../support/auth';
import { engines } from '../support/databases';
import { useScenarioApp } from '../support/scenario-app';
import { ana, bob } from '../support/scenario';

const protocol = { [PROTOCOL_VERSION_HEADER]: String(SYNC_PROTOCOL_VERSION) };

function aNote(overrides: Partial<WireDocument<Activity>> = {}): WireDocument<Activity> {
  return {
    id: 'note-1',
    partnerId: 'partner-a1',
    territoryId: 'territory-a',
    kind: 'note',
    subjectType: 'partner',
    subjectId: 'partner-a1',
    actorId: ana.userId,
    at: '2026-11-24T09:00:00.000Z',
    writtenAt: '2026-11-24T09:00:00.000Z',
    text: 'Wants to expand into the public sector.',
    outcome: null,
    updatedAt: '2026-11-24T09:00:00.000Z',
    _deleted: false,
    ...overrides,
  };
}

/** Notes are commands: judged by the store, one outcome each, idempotent, never blocking. */
describe.each(engines)('pushing notes on %s', (engine) => {
  const store = useScenarioApp(engine);

  async function push(who: Decider, notes: WireDocument<Activity>[]) {
    return store.app().inject({
      method: 'POST',
      url: '/sync/activities/push',
      headers: { ...protocol, ...(await signedInAs(store.app(), who)) },
      payload: notes.map((note) => ({ newDocumentState: note })),
    });
  }

  async function answered(who: Decider, notes: WireDocument<Activity>[]) {
    const response = await push(who, notes);
    expect(response.statusCode).toBe(200);
    return response.json<WireDocument<Activity>[]>();
  }

  async function activitiesSeenBy(who: Decider) {
    const response = await store.app().inject({
      url: '/sync/activities/pull',
      headers: { ...protocol, ...(await signedInAs(store.app(), who)) },
    });
    return response.json<PullResponse<Activity>>().documents;
  }

  it('accepts a note about a partner in my territory and files it as an activity', async () => {
    const before = Date.now();
    const [note] = await answered(ana, [aNote({ text: '  Call back on Monday  ' })]);
    expect(note).toMatchObject({
      id: 'note-1',
      territoryId: 'territory-a',
      actorId: ana.userId,
      text: 'Call back on Monday',
      writtenAt: '2026-11-24T09:00:00.000Z',
      outcome: { status: 'accepted', reason: null },
    });
    expect(Date.parse(note?.at ?? '')).toBeGreaterThanOrEqual(before - 1000);
    const seen = await activitiesSeenBy(ana);
    expect(seen).toEqual([{ ...note, _deleted: false }]);
  });

  it('refuses an empty note with a reason, and judges the notes behind it', async () => {
    const answers = await answered(ana, [
      aNote({ id: 'note-empty', text: '   ' }),
      aNote({ id: 'note-good' }),
    ]);
    expect(answers.map((note) => [note.id, note.outcome?.status, note.outcome?.reason])).toEqual([
      ['note-empty', 'refused', noteRefusals.empty],
      ['note-good', 'accepted', null],
    ]);
    // A refused note is kept for its author only; colleagues in the territory never see it.
    expect((await activitiesSeenBy(ana)).map((note) => note.id).sort()).toEqual([
      'note-empty',
      'note-good',
    ]);
    const rita = {
      userId: 'user-rm-rita',
      role: 'regional_manager' as const,
      territoryIds: ['territory-a', 'territory-b'],
    };
    expect((await activitiesSeenBy(rita)).map((note) => note.id)).toEqual(['note-good']);
  });

  it('changes nothing when the same note is pushed again, later or twice in one push', async () => {
    const [first] = await answered(ana, [aNote()]);
    const again = await answered(ana, [aNote({ text: 'Something else' }), aNote()]);
    expect(again).toEqual([first, first]);
    const seen = await activitiesSeenBy(ana);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual(first);
  });

  it("refuses a note about another territory's partner, disclosing nothing of it", async () => {
    const [note] = await answered(ana, [
      aNote({ partnerId: 'partner-b1', subjectId: 'partner-b1', territoryId: 'territory-b' }),
    ]);
    const [unknown] = await answered(ana, [
      aNote({ id: 'note-2', partnerId: 'partner-zz', subjectId: 'partner-zz' }),
    ]);
    expect(note?.outcome).toMatchObject({ status: 'refused', reason: noteRefusals.notYours });
    expect(unknown?.outcome?.reason).toBe(note?.outcome?.reason);
    expect(note?.territoryId).toBe('unscoped');
    expect(JSON.stringify(note)).not.toContain('Bravo');
    // Bob, whose partner it is, never sees Ana's note.
    expect(await activitiesSeenBy(bob)).toEqual([]);
  });

  it('refuses a client-written audit entry or call: only notes can be pushed', async () => {
    const answers = await answered(ana, [
      aNote({ id: 'audit-1', kind: 'audit', actorId: null }),
      aNote({ id: 'call-1', kind: 'call' }),
    ]);
    expect(answers.map((note) => note.outcome?.reason)).toEqual([
      noteRefusals.notANote,
      noteRefusals.notANote,
    ]);
  });

  it('names the caller as the author, never the claim', async () => {
    const [note] = await answered(ana, [aNote({ actorId: bob.userId })]);
    expect(note?.actorId).toBe(ana.userId);
  });

  it("answers a claim on another user's activity id with a refusal, storing and telling nothing", async () => {
    const [bobs] = await answered(bob, [
      aNote({ id: 'note-taken', partnerId: 'partner-b1', subjectId: 'partner-b1', text: 'Secret' }),
    ]);
    expect(bobs?.outcome?.status).toBe('accepted');
    const [claim] = await answered(ana, [aNote({ id: 'note-taken' })]);
    expect(claim).toMatchObject({
      id: 'note-taken',
      actorId: ana.userId,
      text: aNote().text,
      outcome: { status: 'refused', reason: noteRefusals.idTaken('note-taken') },
    });
    expect(JSON.stringify(claim)).not.toMatch(/Secret|territory-b|partner-b1/);
    expect(await activitiesSeenBy(ana)).toEqual([]);
  });

  it.each([
    ['a NUL', 'Fits\u0000 the plan'],
    ['a lone surrogate', 'Fits the plan \uD83D'],
  ])('answers a note with %s with 400 naming its row, storing nothing', async (_case, text) => {
    const response = await push(ana, [aNote({ id: 'note-good' }), aNote({ id: 'note-bad', text })]);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ details: { path: string }[] }>().details).toEqual([
      expect.objectContaining({ path: '/body/1/newDocumentState/text' }),
    ]);
    expect(await activitiesSeenBy(ana)).toEqual([]);
  });

  it.each([
    ['a NUL', 'Fits\u0000 the plan'],
    ['a lone surrogate', 'Fits the plan \uD83D'],
  ])(
    'refuses a note with %s that gets past validation, never failing the push',
    async (_case, text) => {
      const notes = noteService(store.database(), {
        activities: documentStore<Activity>(store.database(), activitiesCollection),
        partners: documentStore<Partner>(store.database(), partnersCollection),
      });
      const answers = await notes.submit(
        [
          { newDocumentState: aNote({ id: 'note-bad', text }) },
          { newDocumentState: aNote({ id: 'note-good' }) },
        ],
        ana,
      );
      expect(answers.map((note) => note.outcome?.status)).toEqual(['refused', 'accepted']);
      expect(answers[0]?.text).toContain('\uFFFD');
      expect((await activitiesSeenBy(ana)).map((note) => note.id).sort()).toEqual([
        'note-bad',
        'note-good',
      ]);
    },
  );
});
