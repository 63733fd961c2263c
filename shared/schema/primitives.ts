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
  maxLength: 30,
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$',
});

export const CountryCode = Type.String({ minLength: 2, maxLength: 2, pattern: '^[A-Z]{2}$' });

export const CurrencyCode = Type.String({ minLength: 3, maxLength: 3, pattern: '^[A-Z]{3}$' });

/** Money in integer minor units (cents), so sums never drift. */
export const Money = Type.Object(
  {
    amountMinor: Type.Integer({ minimum: -1e15, maximum: 1e15 }),
    currency: CurrencyCode,
  },
  { additionalProperties: false },
);
