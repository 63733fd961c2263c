import fc from 'fast-check';

/** The JSON Schema keywords the store's OpenAPI document uses (plus a few it may come to use). */
export type JsonSchema = {
  $ref?: string;
  type?: JsonType | JsonType[];
  /** OpenAPI 3.0: the value may also be null. */
  nullable?: boolean;
  enum?: readonly unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  allOf?: readonly JsonSchema[];
};
export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'array' | 'object';

export type ArbitraryOptions = {
  /** The document `$ref`s point into (`#/components/schemas/...`). */
  root?: unknown;
  /** Whether a value satisfies a schema: needed for `oneOf` (exactly one branch must match). */
  accepts?: (schema: JsonSchema, value: unknown) => boolean;
  /** Longest array generated: keeps a `maxItems: 500` body from making 500-row requests. */
  maxArrayLength?: number;
};

/** Values valid against `schema`, built from its keywords (what schemathesis generates). */
export function arbitraryOf(
  schema: JsonSchema,
  options: ArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  return convert(schema, options, []);
}

/** Follows a local `$ref` (`#/a/b`, RFC 6901 escapes) within `root`. */
export function resolveRef(root: unknown, ref: string): JsonSchema {
  if (!ref.startsWith('#')) throw new Error(`Only local $ref is supported, got ${ref}`);
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null || !(key in node)) {
      throw new Error(`$ref ${ref} does not resolve`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null) throw new Error(`$ref ${ref} is not a schema`);
  return node;
}

function convert(
  schema: JsonSchema,
  options: ArbitraryOptions,
  refs: string[],
): fc.Arbitrary<unknown> {
  if (schema.$ref !== undefined) {
    // A schema that refers to itself would recurse forever; none does today, so say so plainly.
    if (refs.includes(schema.$ref))
      throw new Error(`Recursive $ref ${schema.$ref} is not supported`);
    return convert(resolveRef(options.root, schema.$ref), options, [...refs, schema.$ref]);
  }
  const base = convertNonNull(schema, options, refs);
  return schema.nullable === true ? fc.oneof(base, fc.constant(null)) : base;
}

function convertNonNull(
  schema: JsonSchema,
  options: ArbitraryOptions,
  refs: string[],
): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  if (schema.allOf !== undefined) return convertAllOf(schema, schema.allOf, options, refs);
  if (schema.anyOf !== undefined) {
    return fc.oneof(...schema.anyOf.map((branch) => convert(branch, options, refs)));
  }
  if (schema.oneOf !== undefined) return convertOneOf(schema.oneOf, options, refs);
  const types = typesOf(schema);
  const [only, ...others] = types;
  if (only === undefined) return fc.jsonValue();
  if (others.length > 0) {
    return fc.oneof(...types.map((type) => convertNonNull({ ...schema, type }, options, refs)));
  }
  switch (only) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return integerOf(schema);
    case 'number':
      return numberOf(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayOf(schema, options, refs);
    case 'object':
      return objectOf(schema, options, refs);
  }
}

/** The declared types, or those its keywords imply; none means any JSON value. */
export function typesOf(schema: JsonSchema): JsonType[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  if (schema.properties !== undefined || schema.required !== undefined) return ['object'];
  if (schema.items !== undefined) return ['array'];
  if (
    schema.pattern !== undefined ||
    schema.minLength !== undefined ||
    schema.format !== undefined
  ) {
    return ['string'];
  }
  if (schema.minimum !== undefined || schema.maximum !== undefined) return ['number'];
  return [];
}

const formats: Record<string, () => fc.Arbitrary<string>> = {
  'date-time': () => fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  date: () => fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  email: () => fc.emailAddress(),
  uuid: () => fc.uuid(),
  uri: () => fc.webUrl(),
};

/** JSON Schema counts code points, not UTF-16 units. */
export const codePointLength = (text: string) =>
  text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  const { minLength = 0, maxLength, pattern, format } = schema;
  const withinLength = (text: string) => {
    const length = codePointLength(text);
    return length >= minLength && (maxLength === undefined || length <= maxLength);
  };
  if (pattern !== undefined) {
    // `u`, as Ajv compiles patterns: a surrogate pair is one character, a lone half is its own.
    return fc.stringMatching(new RegExp(pattern, 'u')).filter(withinLength);
  }
  if (format !== undefined) {
    const formatted = formats[format];
    if (!formatted) throw new Error(`String format "${format}" is not supported`);
    return formatted().filter(withinLength);
  }
  return fc.string({
    unit: 'binary',
    minLength,
    ...(maxLength === undefined ? {} : { maxLength }),
  });
}

function integerOf(schema: JsonSchema): fc.Arbitrary<number> {
  const step = schema.multipleOf ?? 1;
  if (!Number.isInteger(step) || step <= 0)
    throw new Error(`Integer multipleOf ${step} is not supported`);
  const low = Math.max(
    schema.minimum ?? Number.MIN_SAFE_INTEGER,
    schema.exclusiveMinimum === undefined ? Number.MIN_SAFE_INTEGER : schema.exclusiveMinimum + 1,
  );
  const high = Math.min(
    schema.maximum ?? Number.MAX_SAFE_INTEGER,
    schema.exclusiveMaximum === undefined ? Number.MAX_SAFE_INTEGER : schema.exclusiveMaximum - 1,
  );
  const first = Math.ceil(low / step);
  const last = Math.floor(high / step);
  if (first > last) throw new Error(`No integer satisfies ${JSON.stringify(schema)}`);
  // fc.integer is 32-bit; bigint covers the ±1e15 amounts in minor units.
  return fc.bigInt({ min: BigInt(first), max: BigInt(last) }).map((k) => Number(k) * step);
}

function numberOf(schema: JsonSchema): fc.Arbitrary<number> {
  if (schema.multipleOf !== undefined) {
    const step = schema.multipleOf;
    return integerOf({
      minimum: Math.ceil((schema.minimum ?? -1e9) / step),
      maximum: Math.floor((schema.maximum ?? 1e9) / step),
    }).map((k) => k * step);
  }
  const min = schema.minimum ?? schema.exclusiveMinimum;
  const max = schema.maximum ?? schema.exclusiveMaximum;
  return fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    ...(min === undefined ? {} : { min, minExcluded: schema.minimum === undefined }),
    ...(max === undefined ? {} : { max, maxExcluded: schema.maximum === undefined }),
  });
}

function arrayOf(
  schema: JsonSchema,
  options: ArbitraryOptions,
  refs: string[],
): fc.Arbitrary<unknown[]> {
  const item = schema.items === undefined ? fc.jsonValue() : convert(schema.items, options, refs);
  const minLength = schema.minItems ?? 0;
  const cap = Math.max(minLength, options.maxArrayLength ?? 10);
  const maxLength = Math.min(schema.maxItems ?? cap, cap);
  return schema.uniqueItems === true
    ? fc.uniqueArray(item, { minLength, maxLength, selector: (value) => JSON.stringify(value) })
    : fc.array(item, { minLength, maxLength });
}

function objectOf(
  schema: JsonSchema,
  options: ArbitraryOptions,
  refs: string[],
): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [key, convert(property, options, refs)]),
  );
  const required = (schema.required ?? []).filter((key) => key in properties);
  // A required key with no declared schema may hold anything.
  const undeclared = (schema.required ?? []).filter((key) => !(key in properties));
  const record = fc.record(model, { requiredKeys: required });
  if (undeclared.length === 0) return record;
  const extras = fc.tuple(...undeclared.map(() => fc.jsonValue()));
  return fc.tuple(record, extras).map(([value, values]) => ({
    ...value,
    ...Object.fromEntries(undeclared.map((key, i) => [key, values[i]])),
  }));
}

/** Merges the branches into one schema; with `accepts`, also checks each branch holds. */
function convertAllOf(
  schema: JsonSchema,
  branches: readonly JsonSchema[],
  options: ArbitraryOptions,
  refs: string[],
): fc.Arbitrary<unknown> {
  const { allOf: _allOf, ...outer } = schema;
  const resolved = branches.map((branch) =>
    branch.$ref === undefined ? branch : resolveRef(options.root, branch.$ref),
  );
  const merged = [outer, ...resolved].reduce<JsonSchema>(
    (all, branch) => ({
      ...all,
      ...branch,
      properties: { ...all.properties, ...branch.properties },
      required: [...(all.required ?? []), ...(branch.required ?? [])],
    }),
    {},
  );
  const { properties, required, ...rest } = merged;
  const cleaned: JsonSchema = {
    ...rest,
    ...(Object.keys(properties ?? {}).length > 0 ? { properties } : {}),
    ...((required ?? []).length > 0 ? { required: [...new Set(required)] } : {}),
  };
  const values = convert(cleaned, options, refs);
  const { accepts } = options;
  return accepts
    ? values.filter((value) => resolved.every((branch) => accepts(branch, value)))
    : values;
}

function convertOneOf(
  branches: readonly JsonSchema[],
  options: ArbitraryOptions,
  refs: string[],
): fc.Arbitrary<unknown> {
  const { accepts } = options;
  return fc.oneof(
    ...branches.map((branch) => {
      const values = convert(branch, options, refs);
      if (!accepts) return values;
      // Valid for oneOf means valid for this branch and for no other.
      return values.filter((value) =>
        branches.every((other) => other === branch || !accepts(other, value)),
      );
    }),
  );
}
