import { STORABLE_TEXT_PATTERN, TEXT_MAX_LENGTH } from '../schema/primitives';

/** The longest note, in UTF-16 units: the schema's `Text` limit. */
export const NOTE_MAX_LENGTH = TEXT_MAX_LENGTH;

/** Why a note's text cannot be kept, or null when it can. */
export type NoteTextProblem = 'empty' | 'too_long' | 'unstorable';

const storable = new RegExp(STORABLE_TEXT_PATTERN, 'u');

/**
 * A note is its trimmed text: required, within the Text limit, and storable by PostgreSQL (no
 * NUL, no lone surrogate). The app checks it before recording; the store judges it again.
 */
export function noteTextProblem(text: string): NoteTextProblem | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > NOTE_MAX_LENGTH) return 'too_long';
  if (!storable.test(trimmed)) return 'unstorable';
  return null;
}
