import fc from 'fast-check';
import { resolveRef, typesOf, type JsonSchema } from './json-schema-arbitrary';

/**
 * Hostile variants of a valid value: one place in it (the value itself, a property, an item) is
 * given a wrong type, an out-of-range number, a NUL, a lone surrogate, an oversized string or
 * array, an extra property, or loses a required field. What schemathesis calls negative data.
 */
export function mutationsOf(
  schema: JsonSchema,
  valid: unknown,
  root?: unknown,
): fc.Arbitrary<unknown> {
  const sites = sitesOf(schema, valid, [], root);
  return fc
    .constantFrom(...sites)
    .chain((site) =>
      hostileFor(site.schema, site.value).map((bad) => replaceAt(valid, site.path, bad)),
    );
}

/** Number tokens JSON.stringify cannot write; `rawNumber` marks them for `toJsonText`. */
export const rawNumberTokens = [
  '1e3',
  '1E400',
  '-0',
  '123456789012345678901234567890',
  '9223372036854775808',
  '0.1e-400',
] as const;
const RAW = '\u0001raw:';
export const rawNumber = (token: string) => `${RAW}${token}`;

/** JSON text of a value, with `rawNumber` markers written as the bare number tokens they carry. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0001raw:([^"]*)"/g, '$1');
}

/** Values that are never of the given types. */
export function wrongTypesFor(types: readonly string[], nullable: boolean): unknown[] {
  const candidates: Array<[string, unknown]> = [
    ['string', 'text'],
    ['integer', 7],
    ['number', 0.5],
    ['boolean', true],
    ['array', []],
    ['object', {}],
    ['null', null],
  ];
  return candidates
    .filter(([type]) => {
      if (type === 'null' && nullable) return false;
      if (types.length === 0) return false;
      if (types.includes(type)) return false;
      // 7 is a number too, and 0.5 is not an integer: keep what the declared types refuse.
      return !(type === 'integer' && types.includes('number'));
    })
    .map(([, value]) => value);
}

function hostileFor(schema: JsonSchema, current: unknown): fc.Arbitrary<unknown> {
  const types = typesOf(schema);
  const options: unknown[] = wrongTypesFor(types, schema.nullable === true);
  if (types.includes('string')) {
    const max = schema.maxLength ?? 4096;
    const text = typeof current === 'string' && current.length > 0 ? current : 'a';
    options.push(
      '\u0000',
      `${text}\u0000`,
      '\uD800',
      `${text}\uDC00`,
      '\uDBFF\uDBFF',
      'x'.repeat(max + 1),
    );
    options.push('é'.repeat(max + 1), ''.padEnd(Math.min(max + 1, 20_000), '😀'));
    if ((schema.minLength ?? 0) > 0) options.push('');
    if (schema.enum !== undefined) options.push(`${text}-not-in-enum`, text.toUpperCase());
    if (schema.pattern !== undefined) options.push(` ${text}`, `${text}\n`, '../../etc/passwd');
  }
  if (types.includes('integer') || types.includes('number')) {
    const { minimum, maximum } = schema;
    options.push(-1, 0.5, -0.000001, 2 ** 53 + 2, 2 ** 64, 1e308, -1e308);
    if (minimum !== undefined) options.push(minimum - 1, minimum - 0.5);
    if (maximum !== undefined) options.push(maximum + 1, maximum + 0.5);
    options.push(...rawNumberTokens.map(rawNumber));
  }
  if (types.includes('array')) {
    const items: readonly unknown[] = Array.isArray(current) ? current : [];
    const item = items[0] ?? null;
    const over = (schema.maxItems ?? 1000) + 1;
    options.push(
      Array.from({ length: over }, () => item),
      [null],
      [[]],
    );
    if ((schema.minItems ?? 0) > 0) options.push([]);
  }
  if (types.includes('object') && typeof current === 'object' && current !== null) {
    const record = current as Record<string, unknown>;
    // An own `__proto__` key, as JSON.parse makes it: the object literal form would set the prototype.
    const prototypeKey = JSON.parse('{"__proto__":{"admin":true}}') as object;
    options.push({ ...record, unexpectedField: 'x' }, { ...record, ...prototypeKey });
    for (const key of schema.required ?? []) {
      const { [key]: _removed, ...rest } = record;
      options.push(rest);
    }
  }
  if (options.length === 0) options.push({ not: 'expected' });
  return fc.constantFrom(...options);
}

type Site = { path: Array<string | number>; schema: JsonSchema; value: unknown };

/** Every place in `value` and the schema that describes it there. */
function sitesOf(
  schema: JsonSchema,
  value: unknown,
  path: Array<string | number>,
  root: unknown,
): Site[] {
  const own = schema.$ref === undefined ? schema : resolveRef(root, schema.$ref);
  const sites: Site[] = [{ path, schema: own, value }];
  if (Array.isArray(value) && own.items !== undefined) {
    const items = own.items;
    value.forEach((item, index) => sites.push(...sitesOf(items, item, [...path, index], root)));
  } else if (typeof value === 'object' && value !== null && own.properties !== undefined) {
    for (const [key, property] of Object.entries(own.properties)) {
      if (key in value) {
        const child = (value as Record<string, unknown>)[key];
        sites.push(...sitesOf(property, child, [...path, key], root));
      }
    }
  }
  return sites;
}

function replaceAt(
  value: unknown,
  path: ReadonlyArray<string | number>,
  replacement: unknown,
): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    return items.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return { ...record, [head]: replaceAt(record[head], rest, replacement) };
  }
  return value;
}
