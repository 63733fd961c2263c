import { Ajv } from 'ajv';
import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { decisionsCollection, rxJsonSchemaOf } from './index';
import { Name, STORABLE_TEXT_PATTERN, Text } from './primitives';

const cases: [string, string, boolean][] = [
  ['accents', 'Aprobado según el acuerdo, señora Núñez', true],
  ['emoji (a surrogate pair)', 'Fits the plan 👍🏽', true],
  ['4,000 characters', 'x'.repeat(4000), true],
  ['a NUL character', 'Fits\u0000 the plan', false],
  ['a lone high surrogate', 'Fits the plan \uD83D', false],
  ['a lone low surrogate', '\uDC4D Fits the plan', false],
  ['4,001 characters', 'x'.repeat(4001), false],
];

// ajv as RxDB's validate-ajv plugin configures it (strict; unicode regular expressions).
const ajv = new Ajv({ strict: true });
const plainText = JSON.parse(JSON.stringify(Text)) as object;

describe('Text', () => {
  const typebox = Compile(Text);
  const ajvCheck = ajv.compile(plainText);

  it.each(cases)('with %s, as TypeBox checks it', (_case, text, storable) => {
    expect(typebox.Check(text)).toBe(storable);
  });

  it.each(cases)('with %s, as ajv checks it', (_case, text, storable) => {
    expect(ajvCheck(text)).toBe(storable);
  });

  it('keeps its meaning as plain JSON, and without the unicode flag', () => {
    expect(plainText).toMatchObject({ pattern: STORABLE_TEXT_PATTERN });
    const legacy = new RegExp(STORABLE_TEXT_PATTERN);
    expect(
      cases.filter(([, text]) => text.length <= 4000).map(([, text]) => legacy.test(text)),
    ).toEqual(cases.filter(([, text]) => text.length <= 4000).map(([, , ok]) => ok));
  });
});

describe('Name', () => {
  it.each([
    ['Núñez & Söhne 🚀', true],
    ['', false],
    ['Acme\u0000', false],
    ['Acme \uD800', false],
    ['x'.repeat(201), false],
  ])('%j is valid: %s', (name, valid) => {
    expect(Compile(Name).Check(name)).toBe(valid);
  });
});

describe('the local (RxDB) schema', () => {
  it('leaves the storable-text pattern out, so stored schemas keep their hash (RxDB DB6)', () => {
    const comment = rxJsonSchemaOf(decisionsCollection).properties['comment'];
    expect(comment).toEqual({ type: 'string', maxLength: 4000 });
  });
});
