import Type from 'typebox';

/** A string drawn from a fixed set; typed `string` so RxDB and Dexie can index it. */
export function StringEnum<const Values extends readonly [string, ...string[]]>(
  values: Values,
  options: { description?: string } = {},
) {
  const maxLength = Math.max(...values.map((value) => value.length));
  return Type.Unsafe<Values[number]>({ type: 'string', enum: [...values], maxLength, ...options });
}

export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.:-]+$' });

/** ISO 8601 instant in UTC, as the server writes it (`2026-11-24T10:00:00.000Z`). */
export const Timestamp = Type.String({
  minLength: 20,
  maxLength: 30,
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$',
});

/** A calendar date (`2026-11-24`), for agreements, expiries and periods. */
export const CalendarDate = Type.String({
  minLength: 10,
  maxLength: 10,
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
});

export const CountryCode = Type.String({ minLength: 2, maxLength: 2, pattern: '^[A-Z]{2}$' });

export const CurrencyCode = Type.String({ minLength: 3, maxLength: 3, pattern: '^[A-Z]{3}$' });

export const Email = Type.String({ maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' });

export const Domain = Type.String({
  maxLength: 253,
  pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$',
});

/**
 * Text PostgreSQL can store: no NUL (U+0000) and no unpaired UTF-16 surrogate. Either makes a
 * jsonb write fail, so a single bad comment would otherwise fail a whole push. Written for both
 * regex modes: with the `u` flag (TypeBox, ajv) a surrogate pair is one code point and only a
 * lone surrogate falls in the excluded range; without it, the second branch accepts a pair.
 */
export const STORABLE_TEXT_PATTERN =
  '^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$';

/** Free text of at most `maxLength` UTF-16 units that the store can keep (see above). */
export function StorableText(options: { minLength?: number; maxLength: number }) {
  return Type.String({ ...options, pattern: STORABLE_TEXT_PATTERN });
}

export const Name = StorableText({ minLength: 1, maxLength: 200 });

/** The longest free text (a comment, a reason, a note), in UTF-16 units. */
export const TEXT_MAX_LENGTH = 4000;

export const Text = StorableText({ maxLength: TEXT_MAX_LENGTH });

/** Money in integer minor units (cents), so sums never drift. */
export const Money = Type.Object(
  {
    amountMinor: Type.Integer({ minimum: -1e15, maximum: 1e15 }),
    currency: CurrencyCode,
  },
  { additionalProperties: false },
);

/** A whole number usable in an RxDB index (which needs bounds and a step). */
export function IndexableInteger(minimum: number, maximum: number) {
  return Type.Integer({ minimum, maximum, multipleOf: 1 });
}

/** Percent with two decimals, 0 to 100. */
export const Percent = Type.Number({ minimum: 0, maximum: 100 });

/** Fields every replicated document carries: its revision instant, set by the server. */
export const ServerStamp = { updatedAt: Timestamp };

/** Territory every scoped document belongs to; the server filters replication by it. */
export const TerritoryScope = { territoryId: Id };
