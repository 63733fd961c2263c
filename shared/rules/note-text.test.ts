import { describe, expect, it } from 'vitest';
import { NOTE_MAX_LENGTH, noteTextProblem } from './note-text';

describe('noteTextProblem', () => {
  it.each([
    ['plain text', 'Wants to expand into the public sector.', null],
    ['accents and emoji', 'Reunión con dirección 👍', null],
    ['text with spaces around it', '  Call back on Monday  ', null],
    ['exactly the limit', 'x'.repeat(NOTE_MAX_LENGTH), null],
    ['the limit once trimmed', ` ${'x'.repeat(NOTE_MAX_LENGTH)} `, null],
    ['nothing', '', 'empty'],
    ['only white space', ' \n\t ', 'empty'],
    ['one past the limit', 'x'.repeat(NOTE_MAX_LENGTH + 1), 'too_long'],
    ['a NUL', 'Fits\u0000 the plan', 'unstorable'],
    ['a lone high surrogate', 'Fits the plan \uD83D', 'unstorable'],
    ['a lone low surrogate', '\uDC4D fits', 'unstorable'],
  ] as const)('%s → %s', (_case, text, problem) => {
    expect(noteTextProblem(text)).toBe(problem);
  });

  it('is the Text limit of the schema', () => {
    expect(NOTE_MAX_LENGTH).toBe(4000);
  });
});
