import fc from 'fast-check';
import { arbitraryOf, type JsonSchema } from './json-schema-arbitrary';
import { mutationsOf, toJsonText } from './json-schema-mutations';
import type { Operation } from './openapi-operations';

/** One request to send, and whether the document says it must be refused (a 4xx). */
export type FuzzRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload: string | undefined;
  /** Why the request is invalid, if it is: then any 2xx answer is a failure too. */
  invalidBecause: string | undefined;
};

export type Credentials = {
  /** Authorization values of seeded, active users. */
  valid: readonly string[];
  /** Missing, garbled, expired, of a deactivated user, from a key the store does not know. */
  refused: ReadonlyArray<string | undefined>;
};

export type RequestContext = {
  credentials: Credentials;
  /** Whether a value satisfies a schema (Ajv over the document). */
  accepts: (schema: JsonSchema, value: unknown) => boolean;
  root: unknown;
  /** Values of a property name that exist in the seeded store, mixed into valid bodies. */
  knownValues: Record<string, readonly unknown[]>;
};

/** Query values schemathesis-style negative testing sends: numbers in every wrong spelling. */
const hostileQueryText = [
  '',
  '1.5',
  '1e3',
  '-1',
  '0x10',
  '007',
  ' 1',
  '+1',
  'NaN',
  'Infinity',
  '99999999999999999999999999',
  '9223372036854775808',
  '1000000000000000',
  '\u0000',
  'a\u0000b',
  'x'.repeat(10_000),
  '[object Object]',
  'true',
];
/** Percent-encodings that do not decode to valid UTF-8 text, or do not decode at all. */
const garbledQueryEncodings = ['%ED%A0%80', '%FF', '%', '%2', '%00', '%C0%80'];

const protocols = fc.oneof(
  { weight: 9, arbitrary: fc.constant<string | undefined>('2') },
  {
    weight: 1,
    arbitrary: fc.constantFrom<string | undefined>(undefined, '2', '01', '1.0', '', '1,1'),
  },
);

export function requestsFor(
  operation: Operation,
  context: RequestContext,
): fc.Arbitrary<FuzzRequest> {
  const guarded = '401' in operation.responses;
  const credentials = fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .constantFrom(...context.credentials.valid)
        .map((value) => ({ value, refused: false })),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...context.credentials.refused)
        .map((value) => ({ value, refused: true })),
    },
  );
  return fc
    .record({
      credentials,
      protocol: protocols,
      query: queryFor(operation, context),
      body: bodyFor(operation, context),
    })
    .map(({ credentials: who, protocol, query, body }) => {
      const headers: Record<string, string> = { ...body.headers };
      if (who.value !== undefined) headers['authorization'] = who.value;
      if (protocol !== undefined) headers['x-prm-protocol'] = protocol;
      const reasons = [
        query.invalidBecause,
        body.invalidBecause,
        guarded && who.refused ? 'credentials the store must refuse' : undefined,
      ].filter((reason) => reason !== undefined);
      return {
        method: operation.method.toUpperCase(),
        url: `${operation.path}${query.text === '' ? '' : `?${query.text}`}`,
        headers,
        payload: body.payload,
        invalidBecause: reasons.length > 0 ? reasons.join('; ') : undefined,
      };
    });
}

type QueryPart = { text: string; invalidBecause: string | undefined };

function queryFor(operation: Operation, context: RequestContext): fc.Arbitrary<QueryPart> {
  const parameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  if (parameters.length === 0) return fc.constant({ text: '', invalidBecause: undefined });
  const valid = fc
    .tuple(
      ...parameters.map((parameter) => {
        const value = arbitraryOf(parameter.schema ?? {}, {
          root: context.root,
          accepts: context.accepts,
        }).map(
          (raw) =>
            `${parameter.name}=${encodeURIComponent(typeof raw === 'string' ? raw : JSON.stringify(raw))}`,
        );
        // Optional ones left out half the time: a random `scope` is a 409 before anything else.
        return parameter.required === true ? value : fc.option(value, { nil: undefined, freq: 1 });
      }),
    )
    .map((pairs) => pairs.filter((pair) => pair !== undefined));
  const hostile = fc
    .record({
      pairs: valid,
      target: fc.constantFrom(...parameters),
      kind: fc.constantFrom('text', 'garbled', 'repeated'),
      text: fc.constantFrom(...hostileQueryText),
      garbled: fc.constantFrom(...garbledQueryEncodings),
    })
    .map(({ pairs, target, kind, text, garbled }): QueryPart => {
      const others = pairs.filter((pair) => !pair.startsWith(`${target.name}=`));
      if (kind === 'repeated') {
        const pair = `${target.name}=1`;
        return { text: [...others, pair, pair].join('&'), invalidBecause: undefined };
      }
      if (kind === 'garbled') {
        return {
          text: [...others, `${target.name}=${garbled}`].join('&'),
          invalidBecause: undefined,
        };
      }
      const refused = !context.accepts(target.schema ?? {}, text);
      return {
        text: [...others, `${target.name}=${encodeURIComponent(text)}`].join('&'),
        invalidBecause: refused
          ? `query ${target.name}=${JSON.stringify(text.slice(0, 40))}`
          : undefined,
      };
    });
  return fc.oneof(
    {
      weight: 3,
      arbitrary: valid.map((pairs): QueryPart => ({
        text: pairs.join('&'),
        invalidBecause: undefined,
      })),
    },
    { weight: 2, arbitrary: hostile },
  );
}

type BodyPart = {
  headers: Record<string, string>;
  payload: string | undefined;
  invalidBecause: string | undefined;
};
const json = { 'content-type': 'application/json' };

/** Bodies that are not JSON, or not of the documented content type. */
const malformedBodies: readonly BodyPart[] = [
  { headers: json, payload: '{"unterminated":' },
  { headers: json, payload: '' },
  { headers: json, payload: 'null' },
  { headers: json, payload: '\u0000' },
  { headers: json, payload: '[1,2,' },
  { headers: json, payload: '{"a":1,"a":2}' },
  { headers: { 'content-type': 'text/plain' }, payload: '[]' },
  {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'a=1&b=2',
  },
  {
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    payload: '--x\r\n\r\n--x--',
  },
  {
    headers: { 'content-type': 'application/json; charset=utf-16' },
    payload: '[]',
  },
  { headers: { 'content-type': 'application/xml' }, payload: '<a/>' },
  { headers: {}, payload: 'no content type' },
  // Over the store's 4 MiB body limit.
  { headers: json, payload: `["${'x'.repeat(4 * 1024 * 1024)}"]` },
].map((body) => ({ ...body, invalidBecause: undefined }));

function bodyFor(operation: Operation, context: RequestContext): fc.Arbitrary<BodyPart> {
  const malformed = fc.constantFrom(...malformedBodies);
  const none = fc.constant<BodyPart>({
    headers: {},
    payload: undefined,
    invalidBecause: undefined,
  });
  const { body } = operation;
  if (!body) {
    // Nothing documented: mostly nothing, sometimes a body anyway (it must not matter).
    const stray = fc.jsonValue().map((value): BodyPart => ({
      headers: json,
      payload: toJsonText(value),
      invalidBecause: undefined,
    }));
    return operation.method === 'get'
      ? none
      : fc.oneof({ weight: 6, arbitrary: none }, stray, malformed);
  }
  const options = { root: context.root, accepts: context.accepts, maxArrayLength: 5 };
  const valid = arbitraryOf(body.schema, options).chain((value) =>
    withKnownValues(value, context.knownValues),
  );
  const asJson = (value: unknown): BodyPart => ({
    headers: json,
    payload: toJsonText(value),
    invalidBecause: undefined,
  });
  const mutated = valid.chain((value) =>
    mutationsOf(body.schema, value, context.root).map((bad): BodyPart => {
      const payload = toJsonText(bad);
      const parsed: unknown = JSON.parse(payload);
      return {
        headers: json,
        payload,
        invalidBecause: context.accepts(body.schema, parsed)
          ? undefined
          : `body ${payload.slice(0, 120)}`,
      };
    }),
  );
  const refusedShape = malformed.map((part): BodyPart => ({
    ...part,
    // JSON the store cannot parse, or another content type, is never a valid push.
    invalidBecause: body.required
      ? `body ${JSON.stringify(part.payload?.slice(0, 40))} as ${part.headers['content-type'] ?? 'no type'}`
      : undefined,
  }));
  const missing = none.map((part): BodyPart => ({
    ...part,
    invalidBecause: body.required ? 'no body' : undefined,
  }));
  return fc.oneof(
    { weight: 5, arbitrary: valid.map(asJson) },
    { weight: 4, arbitrary: mutated },
    { weight: 1, arbitrary: fc.oneof(refusedShape, missing) },
  );
}

/** Swaps some ids for ones the store holds, so valid bodies also reach its deeper paths. */
function withKnownValues(
  value: unknown,
  known: Record<string, readonly unknown[]>,
): fc.Arbitrary<unknown> {
  if (Array.isArray(value)) return fc.tuple(...value.map((item) => withKnownValues(item, known)));
  if (typeof value !== 'object' || value === null) return fc.constant(value);
  const entries = Object.entries(value).map(([key, child]) => {
    const choices = known[key];
    const replaced =
      choices && choices.length > 0
        ? fc.oneof(fc.constant(child), fc.constantFrom(...choices))
        : withKnownValues(child, known);
    return replaced.map((next) => [key, next] as const);
  });
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs));
}
