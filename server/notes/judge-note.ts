import {
  NOTE_MAX_LENGTH,
  noteTextProblem,
  type NoteTextProblem,
} from '../../shared/rules/note-text';
import { PUSHABLE_ACTIVITY_KIND, type Activity, type Partner } from '../../shared/schema';
import type { WireDocument } from '../../shared/sync/protocol';
import type { Decider } from '../decisions/judge-decision';
import { unstorableTextPath, withStorableText } from '../decisions/storable';
import { UNSCOPED_TERRITORY } from '../sync/scope';

/** What the store knows of the partner a note names: nothing more is read or disclosed. */
export type NotedPartner = Pick<Partner, 'id' | 'territoryId'>;

const textRefusals: Record<NoteTextProblem, string> = {
  empty: 'A note needs some text.',
  too_long: `A note is at most ${String(NOTE_MAX_LENGTH)} characters.`,
  unstorable: 'The note holds a character the store cannot keep (NUL or a lone surrogate).',
};

export const noteRefusals = {
  ...textRefusals,
  deleted: 'A note cannot be deleted; write a new one instead.',
  notANote: 'Only notes can be sent; the store writes every other activity itself.',
  // The same words whether the partner is unknown or someone else's: nothing is disclosed.
  notYours: 'This partner is not in your territories.',
  notAboutPartner: 'A note is about the partner it is filed under.',
  idTaken: (id: string) => `The note id ${id} is already taken; write the note again.`,
} as const;

/**
 * Judges a pushed note from the store's own data: the partner as stored and who is calling
 * (never who the note claims wrote it). Pure; the caller stores the result. An accepted note is
 * filed under its partner's territory, with the trimmed text and the store's time; a refused one
 * is filed under no territory, so only its author sees it, with the reason.
 */
export function judgeNote(
  claim: WireDocument<Activity>,
  partner: NotedPartner | undefined,
  caller: Decider,
  at: Date,
): Activity {
  const { _deleted: deleted, ...claimed } = claim;
  // The schema refuses such text; should any reach here it is kept legible and refused, since a
  // write PostgreSQL refuses would fail the whole push and block the outbox behind it.
  const unstorable = unstorableTextPath(claimed) !== undefined;
  const note = unstorable ? withStorableText(claimed) : claimed;
  const refusal = unstorable
    ? noteRefusals.unstorable
    : deleted
      ? noteRefusals.deleted
      : claimed.kind !== PUSHABLE_ACTIVITY_KIND
        ? noteRefusals.notANote
        : !partner || !caller.territoryIds.includes(partner.territoryId)
          ? noteRefusals.notYours
          : claimed.subjectType !== 'partner' || claimed.subjectId !== claimed.partnerId
            ? noteRefusals.notAboutPartner
            : textRefusal(claimed.text);
  const recordedAt = at.toISOString();
  const asStored = {
    ...note,
    actorId: caller.userId,
    at: recordedAt,
    writtenAt: claimed.writtenAt ?? claimed.at,
  };
  if (refusal !== null || !partner)
    return refusedNote(asStored, refusal ?? noteRefusals.notYours, at);
  return {
    ...asStored,
    territoryId: partner.territoryId,
    text: claimed.text.trim(),
    outcome: { status: 'accepted', reason: null, recordedAt },
  };
}

/** The caller's own claim, refused and filed under no territory; its text kept within limits. */
export function refusedNote(claim: Activity, reason: string, at: Date): Activity {
  return {
    ...claim,
    territoryId: UNSCOPED_TERRITORY,
    text: withStorableText(claim.text.slice(0, NOTE_MAX_LENGTH)),
    outcome: { status: 'refused', reason, recordedAt: at.toISOString() },
  };
}

function textRefusal(text: string): string | null {
  const problem = noteTextProblem(text);
  return problem === null ? null : textRefusals[problem];
}
