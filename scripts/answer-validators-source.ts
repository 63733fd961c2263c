import { isDeepStrictEqual } from 'node:util';
import { format, resolveConfig } from 'prettier';
import type { TSchema } from 'typebox';
import { Code } from 'typebox/compile';
import {
  apiErrorSchema,
  healthSchema,
  identitySchema,
  notePushAnswerSchema,
  pullPageSchemas,
  pushAnswerSchema,
  streamBatchSchemas,
} from '../renderer/sync/answer-schemas';

/** Where the generated validators live, from the repository's root. */
export const GENERATED_PATH = 'renderer/sync/generated/answer-validators.ts';
export const GENERATE_COMMAND = 'npx tsx scripts/generate-answer-validators.ts';

/*
 * TypeBox's Code() writes one standalone ESM module per schema: imports of its runtime helpers,
 * an `External` array filled through SetExternal (the schema's RegExps and deep constants), one
 * `const check_N = ...` line per function and `export function Check(value)`. Thirty of those
 * modules would clash on their names, so each becomes the body of one function scope, with its
 * externals written out as literals. Any other line means TypeBox changed what it emits: the
 * generator stops rather than guess.
 */
const IMPORT_LINE = /^import \{ (\w+) \} from "(typebox\/\w+)"$/;
const DROPPED_LINES = new Set([
  '',
  '// @ts-ignore',
  'let External = []',
  'export function SetExternal(external) { External = external.variables }',
]);
const FUNCTION_LINE = /^const check_\d+ = .*;$/;
const ENTRY_PREFIX = 'export function Check(value) { ';

/** A value TypeBox keeps outside its code, written as JavaScript that makes it again. */
function externalLiteral(value: unknown, answer: string): string {
  if (value instanceof RegExp) {
    return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
  }
  if (typeof value === 'function' || value === undefined) {
    // A format or refine function: code that cannot be written out as a literal.
    throw new Error(
      `The ${answer} schema uses a format or refine function: it cannot be generated`,
    );
  }
  const literal = JSON.stringify(value);
  // A constant JSON cannot write as it is (a Date, NaN, a bigint) would be checked wrongly.
  if (!isDeepStrictEqual(JSON.parse(literal), value)) {
    throw new Error(`The ${answer} schema holds a constant JSON cannot write: ${literal}`);
  }
  return literal;
}

type Generated = { body: string; imports: ReadonlyMap<string, string> };

function scopedCheck(answer: string, schema: TSchema): Generated {
  const { Code: code, External: external } = Code(schema);
  const imports = new Map<string, string>();
  const body: string[] = [];
  for (const line of code.split('\n')) {
    const imported = IMPORT_LINE.exec(line);
    if (imported?.[1] && imported[2]) imports.set(imported[1], imported[2]);
    else if (DROPPED_LINES.has(line)) continue;
    else if (FUNCTION_LINE.test(line)) body.push(line);
    else if (line.startsWith(ENTRY_PREFIX))
      body.push(`return function Check(value) { ${line.slice(ENTRY_PREFIX.length)}`);
    else
      throw new Error(
        `TypeBox's Code() for the ${answer} emitted a line this generator does not know: ${line}`,
      );
  }
  const variables = external.variables.map((value) => externalLiteral(value, answer));
  const externals = `const ${external.identifier} = [${variables.join(', ')}];`;
  return { body: `(() => { ${externals} ${body.join('\n')} })()`, imports };
}

/** One export of the generated module: a check, or a map of checks by collection name. */
type Export = { name: string; doc: string } & (
  { schema: TSchema; answer: string } | { schemas: ReadonlyMap<string, TSchema>; answer: string }
);

const EXPORTS: readonly Export[] = [
  {
    name: 'pullPageChecks',
    doc: 'A pull answer, by collection.',
    schemas: pullPageSchemas,
    answer: 'pull page',
  },
  {
    name: 'streamBatchChecks',
    doc: "A live stream event's data, by collection.",
    schemas: streamBatchSchemas,
    answer: 'stream event',
  },
  {
    name: 'pushAnswerCheck',
    doc: 'The answer to a push of decisions.',
    schema: pushAnswerSchema,
    answer: 'push answer',
  },
  {
    name: 'notePushAnswerCheck',
    doc: 'The answer to a push of notes.',
    schema: notePushAnswerSchema,
    answer: 'note push answer',
  },
  { name: 'apiErrorCheck', doc: 'An error body.', schema: apiErrorSchema, answer: 'API error' },
  { name: 'healthCheck', doc: 'GET /health.', schema: healthSchema, answer: 'health answer' },
  {
    name: 'identityCheck',
    doc: 'GET /auth/me.',
    schema: identitySchema,
    answer: 'identity answer',
  },
];

const HEADER = `/*
 * Generated from the shared schemas (renderer/sync/answer-schemas.ts) by TypeBox's Code(): do
 * not edit. Regenerate after any schema change with \`${GENERATE_COMMAND}\`.
 * The checks are written ahead of time because the Electron renderer's CSP (no 'unsafe-eval')
 * forbids generating them at run time. TypeBox's code is untyped JavaScript, hence no type
 * checking here; each export is typed.
 */
// @ts-nocheck`;

/** The generated module's text, formatted as the repository's Prettier configuration says. */
export async function answerValidatorsSource(root: URL): Promise<string> {
  const imports = new Map<string, string>();
  const scoped = (answer: string, schema: TSchema) => {
    const generated = scopedCheck(answer, schema);
    for (const [name, from] of generated.imports) imports.set(name, from);
    return generated.body;
  };
  const exports = EXPORTS.map((entry) => {
    const value =
      'schema' in entry
        ? `export const ${entry.name}: Check = ${scoped(entry.answer, entry.schema)};`
        : `export const ${entry.name}: ReadonlyMap<string, Check> = new Map([${[...entry.schemas]
            .map(([collection, schema]) => {
              const body = scoped(`${collection} ${entry.answer}`, schema);
              return `[${JSON.stringify(collection)}, ${body}]`;
            })
            .join(',\n')}]);`;
    return `/** ${entry.doc} */\n${value}`;
  });
  const code = exports.join('\n\n');
  // Code() imports its helpers whether or not its checks call them.
  const importLines = [...imports]
    .filter(([name]) => code.includes(`${name}.`))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, from]) => `import { ${name} } from '${from}';`);
  const text = [
    HEADER,
    ...importLines,
    '',
    '/** True when the value is a valid answer of its kind. */',
    'export type Check = (value: unknown) => boolean;',
    '',
    code,
  ].join('\n');
  const target = new URL(GENERATED_PATH, root);
  const options = await resolveConfig(target);
  return format(text, { ...options, filepath: target.pathname });
}
