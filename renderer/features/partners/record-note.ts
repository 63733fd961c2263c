import { noteTextProblem, type NoteTextProblem } from '../../../shared/rules/note-text';
import type { Activity, Partner } from '../../../shared/schema';
import type { CamDatabase } from '../../db/database';

/** The note's text is one the store would refuse (shared/rules/note-text.ts says why). */
export class NoteTextError extends Error {
  constructor(readonly problem: NoteTextProblem) {
    super(`The note cannot be saved: ${problem.replaceAll('_', ' ')}`);
  }
}

export type NoteInput = {
  partner: Pick<Partner, 'id' | 'territoryId'>;
  text: string;
  userId: string;
};

/**
 * Records a note about a partner in the local outbox (the activities collection, `outcome:
 * null`). It works offline; the sync engine pushes it, and the store's outcome (accepted, or
 * refused with a reason) replicates back into the same document.
 */
export async function recordNote(database: CamDatabase, input: NoteInput): Promise<Activity> {
  const problem = noteTextProblem(input.text);
  if (problem !== null) throw new NoteTextError(problem);
  const now = new Date().toISOString();
  const note: Activity = {
    id: crypto.randomUUID(),
    partnerId: input.partner.id,
    territoryId: input.partner.territoryId,
    kind: 'note',
    subjectType: 'partner',
    subjectId: input.partner.id,
    actorId: input.userId,
    // The store sets `at` to when it accepts the note and keeps this time as `writtenAt`.
    at: now,
    writtenAt: now,
    text: input.text.trim(),
    outcome: null,
    // The store stamps its own time; this one only orders the outbox.
    updatedAt: now,
  };
  await database.activities.insert(note);
  return note;
}
