import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCamDatabase, type CamDatabase } from '../../db/database';
import { NoteTextError, recordNote } from './record-note';

const partner = { id: 'partner-a1', territoryId: 'territory-a' };

let database: CamDatabase;
let counter = 0;
beforeEach(async () => {
  database = await openCamDatabase(`record-note-${++counter}`, getRxStorageMemory());
});
afterEach(async () => {
  await database.remove();
});

describe('recording a note', () => {
  it('puts the trimmed note in the outbox, about the partner, written by me', async () => {
    const note = await recordNote(database, { partner, text: '  Call back  ', userId: 'user-ana' });
    const stored = (await database.activities.findOne(note.id).exec())?.toJSON();
    expect(stored).toMatchObject({
      partnerId: 'partner-a1',
      territoryId: 'territory-a',
      kind: 'note',
      subjectType: 'partner',
      subjectId: 'partner-a1',
      actorId: 'user-ana',
      text: 'Call back',
      outcome: null,
    });
    expect(stored?.writtenAt).toBe(stored?.at);
  });

  it.each([
    ['empty', ' \n '],
    ['too_long', 'x'.repeat(4001)],
    ['unstorable', 'bad \u0000'],
  ] as const)('refuses a note that is %s and records nothing', async (problem, text) => {
    await expect(recordNote(database, { partner, text, userId: 'user-ana' })).rejects.toEqual(
      new NoteTextError(problem),
    );
    expect(await database.activities.find().exec()).toHaveLength(0);
  });
});
