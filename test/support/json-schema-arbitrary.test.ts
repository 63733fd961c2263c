import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryOf, codePointLength, type JsonSchema } from './json-schema-arbitrary';
import { mutationsOf, rawNumber, toJsonText } from './json-schema-mutations';

const ajv = new Ajv({ strict: false });
const accepts = (schema: JsonSchema, value: unknown) => ajv.validate(schema, value);
const identifier = {
  type: 'string',
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9_.:-]+$',
} as const;
const storableText = {
  type: 'string',
  maxLength: 40,
  pattern: '^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$',
} as const;

/** One schema per keyword the store's document uses, and the ones the converter adds. */
const schemas: Array<[string, JsonSchema]> = [
  ['a pattern with lengths', identifier],
  ['a pattern with a tight maxLength', { type: 'string', pattern: '^[a-z]+$', maxLength: 3 }],
  ['storable text (no NUL, no lone surrogate)', storableText],
  [
    'a date-time pattern',
    {
      type: 'string',
      minLength: 20,
      maxLength: 30,
      pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$',
    },
  ],
  ['lengths without a pattern', { type: 'string', minLength: 2, maxLength: 3 }],
  ['format date-time', { type: 'string', format: 'date-time' }],
  ['format email', { type: 'string', format: 'email' }],
  ['format uuid', { type: 'string', format: 'uuid' }],
  ['an enum', { type: 'string', enum: ['approve', 'reject'], maxLength: 7 }],
  ['a const', { const: 42 }],
  ['an integer over 32 bits', { type: 'integer', minimum: -1e15, maximum: 1e15 }],
  ['an integer multipleOf', { type: 'integer', minimum: 3, maximum: 40, multipleOf: 5 }],
  ['exclusive bounds', { type: 'integer', exclusiveMinimum: 0, exclusiveMaximum: 3 }],
  ['a number with bounds', { type: 'number', minimum: 0, maximum: 1 }],
  ['a number multipleOf', { type: 'number', minimum: 0, maximum: 10, multipleOf: 0.5 }],
  ['a boolean', { type: 'boolean' }],
  ['null', { type: 'null' }],
  ['nullable (OpenAPI 3.0)', { ...identifier, nullable: true }],
  ['a type list', { type: ['string', 'integer'] }],
  ['an array with bounds', { type: 'array', items: identifier, minItems: 1, maxItems: 3 }],
  [
    'unique items',
    { type: 'array', items: { type: 'integer', minimum: 0, maximum: 5 }, uniqueItems: true },
  ],
  [
    'a closed object with required fields',
    {
      type: 'object',
      required: ['id', 'note'],
      properties: {
        id: identifier,
        note: storableText,
        score: { type: 'integer', minimum: 0, maximum: 20 },
      },
      additionalProperties: false,
    },
  ],
  [
    'anyOf',
    {
      anyOf: [
        { type: 'string', enum: ['postgres'] },
        { type: 'string', enum: ['pglite'] },
      ],
    },
  ],
  [
    'oneOf',
    {
      oneOf: [
        { type: 'integer', minimum: 0, maximum: 9 },
        { type: 'integer', minimum: 5, maximum: 20 },
      ],
    },
  ],
  [
    'allOf',
    {
      allOf: [
        {
          type: 'object',
          required: ['a'],
          properties: { a: { type: 'integer', minimum: 0, maximum: 3 } },
        },
        { type: 'object', required: ['b'], properties: { b: { type: 'boolean' } } },
      ],
    },
  ],
  ['an empty schema', {}],
];

describe('JSON Schema to fast-check arbitraries', () => {
  it.each(schemas)('generates only valid values for %s', (_, schema) => {
    fc.assert(
      fc.property(arbitraryOf(schema, { accepts }), (value) => {
        expect(ajv.validate(schema, value), `${JSON.stringify(value)}: ${ajv.errorsText()}`).toBe(
          true,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('follows $ref into the document', () => {
    const root = { components: { schemas: { Id: identifier } } };
    const schema: JsonSchema = {
      type: 'array',
      items: { $ref: '#/components/schemas/Id' },
      minItems: 1,
    };
    fc.assert(
      fc.property(arbitraryOf(schema, { root }), (value) => {
        expect(ajv.validate({ ...schema, items: identifier }, value)).toBe(true);
      }),
    );
    expect(() => arbitraryOf({ $ref: '#/components/schemas/Missing' }, { root })).toThrow(
      /does not resolve/,
    );
  });

  it('reaches both ends of a range and both sides of nullable, not one constant', () => {
    const values = fc.sample(
      arbitraryOf({ type: 'integer', minimum: 0, maximum: 3, nullable: true }),
      300,
    );
    expect(new Set(values)).toEqual(new Set([0, 1, 2, 3, null]));
    const lengths = fc
      .sample(arbitraryOf(identifier), 300)
      .map((text) => codePointLength(String(text)));
    expect(Math.min(...lengths)).toBe(1);
    expect(Math.max(...lengths)).toBeGreaterThan(5);
  });

  it('says which keywords it cannot honour', () => {
    expect(() => arbitraryOf({ type: 'string', format: 'ipv6' })).toThrow(/format "ipv6"/);
    expect(() => arbitraryOf({ type: 'integer', minimum: 5, maximum: 4 })).toThrow(/No integer/);
  });
});

describe('hostile mutations of a valid value', () => {
  const push: JsonSchema = {
    type: 'array',
    minItems: 1,
    maxItems: 3,
    items: schemas.find(([name]) => name.startsWith('a closed object'))?.[1] ?? {},
  };

  it('are mostly invalid, and reach each kind of mistake', () => {
    const valid = [{ id: 'row-1', note: 'fine', score: 3 }];
    const samples = fc.sample(mutationsOf(push, valid), 2000).map(toJsonText);
    const invalid = samples.filter((text) => !ajv.validate(push, JSON.parse(text)));
    // Some mutations stay valid (a longer note still in bounds is not one); most must not.
    expect(invalid.length / samples.length).toBeGreaterThan(0.8);
    const seen = (needle: string) => samples.some((text) => text.includes(needle));
    for (const needle of [
      '\\u0000',
      '\\ud800',
      '"unexpectedField"',
      '"__proto__"',
      '1e3',
      '1E400',
      '[]',
      'x'.repeat(65),
    ]) {
      expect(seen(needle), needle).toBe(true);
    }
    expect(samples.some((text) => !text.includes('"note"'))).toBe(true);
    expect(
      samples.some((text) =>
        ((parsed: unknown) => Array.isArray(parsed) && parsed.length === 4)(JSON.parse(text)),
      ),
    ).toBe(true);
  });

  it('write raw number tokens as bare JSON numbers', () => {
    expect(toJsonText({ seq: rawNumber('1e3'), n: [rawNumber('-0')] })).toBe(
      '{"seq":1e3,"n":[-0]}',
    );
  });
});
