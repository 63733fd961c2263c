import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  GENERATE_COMMAND,
  GENERATED_PATH,
  answerValidatorsSource,
} from '../../scripts/answer-validators-source';
import { dealsCollection, replicatedCollections } from '../../shared/schema';
import type { CollectionDefinition } from '../../shared/schema/collection';
import { wireDocumentSchema } from '../../shared/sync/protocol';
import { arbitraryOf } from '../../test/support/json-schema-arbitrary';
import { mutationsOf } from '../../test/support/json-schema-mutations';
import { aDecision } from '../../test/support/scenario';
import * as schemas from './answer-schemas';
import * as generated from './generated/answer-validators';

const root = new URL('../../', import.meta.url);
const collections: readonly CollectionDefinition[] = replicatedCollections;

type Pair = {
  answer: string;
  check: generated.Check;
  schema: TSchema;
  /** For a page of a collection: its documents' schema, to break one document at a time. */
  document?: TSchema;
};

function collectionPair(
  collection: CollectionDefinition,
  kind: 'pull page' | 'stream event',
): Pair {
  const answer = `${collection.name} ${kind}`;
  const pull = kind === 'pull page';
  const check = (pull ? generated.pullPageChecks : generated.streamBatchChecks).get(
    collection.name,
  );
  const schema = (pull ? schemas.pullPageSchemas : schemas.streamBatchSchemas).get(collection.name);
  if (!check || !schema) throw new Error(`No generated check for the ${answer}`);
  return { answer, check, schema, document: wireDocumentSchema(collection.schema) };
}

/** Every generated check beside the schema it was generated from. */
const pairs: Pair[] = [
  ...collections.flatMap((collection) => [
    collectionPair(collection, 'pull page'),
    collectionPair(collection, 'stream event'),
  ]),
  { answer: 'push answer', check: generated.pushAnswerCheck, schema: schemas.pushAnswerSchema },
  {
    answer: 'note push answer',
    check: generated.notePushAnswerCheck,
    schema: schemas.notePushAnswerSchema,
  },
  { answer: 'API error', check: generated.apiErrorCheck, schema: schemas.apiErrorSchema },
  { answer: 'health answer', check: generated.healthCheck, schema: schemas.healthSchema },
  { answer: 'identity answer', check: generated.identityCheck, schema: schemas.identitySchema },
];

const accepts = (schema: object, value: unknown) => Value.Check(schema as TSchema, value);
const validOf = (schema: TSchema) => arbitraryOf(schema, { accepts, maxArrayLength: 3 });

/** A valid page of one document of the collection, as the store could send it. */
function aPage(collection: CollectionDefinition) {
  const [document] = fc.sample(validOf(wireDocumentSchema(collection.schema)), {
    numRuns: 1,
    seed: 7,
  });
  if (typeof document !== 'object' || document === null) throw new Error('Not a document');
  return { documents: [document], checkpoint: { seq: 1 } };
}

describe('the generated answer validators', () => {
  it(
    'are what the generator writes from the shared schemas today',
    { timeout: 120_000 },
    async () => {
      const committed = readFileSync(new URL(GENERATED_PATH, root), 'utf8');
      const fresh = await answerValidatorsSource(root);
      expect(
        committed === fresh,
        `${GENERATED_PATH} no longer matches the shared schemas: run \`${GENERATE_COMMAND}\` and commit it`,
      ).toBe(true);
    },
  );

  it('cover every answer the client checks', () => {
    expect(pairs).toHaveLength(collections.length * 2 + 5);
  });

  it.each(pairs)(
    'accept and refuse $answer as TypeBox interprets its schema',
    ({ check, schema, document }) => {
      const valid = validOf(schema);
      fc.assert(
        fc.property(valid, (value) => check(value)),
        { numRuns: 30 },
      );
      const agrees = (value: unknown) => check(value) === Value.Check(schema, value);
      const hostile = valid.chain((value) => mutationsOf(schema, value));
      fc.assert(fc.property(hostile, agrees), { numRuns: 100 });
      if (!document) return;
      // Pages are often empty above: break one document of a page of one.
      const hostileDocument = validOf(document).chain((value) => mutationsOf(document, value));
      const pageOf = (value: unknown) => ({ documents: [value], checkpoint: { seq: 1 } });
      fc.assert(fc.property(hostileDocument.map(pageOf), agrees), { numRuns: 100 });
    },
  );
});

describe('checking answers without run-time code generation', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('validates and names refusals with Function and eval forbidden, as under the CSP', async () => {
    const attempts: string[] = [];
    const forbidden = (name: string) =>
      function refused(): never {
        attempts.push(name);
        throw new EvalError(`${name} is forbidden (no 'unsafe-eval')`);
      };
    const realConstructor = Function.prototype.constructor;
    const setConstructor = (value: unknown) =>
      Object.defineProperty(Function.prototype, 'constructor', {
        value,
        configurable: true,
        writable: true,
      });
    vi.stubGlobal('Function', forbidden('Function'));
    vi.stubGlobal('eval', forbidden('eval'));
    setConstructor(forbidden('Function.prototype.constructor'));
    try {
      // Loaded afresh, so that nothing they make when loaded escapes the stubs.
      vi.resetModules();
      const answers = await import('./store-answers');
      for (const collection of collections) {
        const page = aPage(collection);
        expect(answers.validPullPage(collection.name, page)).toBe(page);
        expect(answers.validStreamBatch(collection.name, page)).toBe(page);
        expect(() =>
          answers.validStreamBatch(collection.name, { ...page, checkpoint: null }),
        ).toThrow(expect.objectContaining({ collection: collection.name, path: '/checkpoint' }));
      }
      const [deal] = aPage(dealsCollection).documents;
      expect(() =>
        answers.validPullPage('deals', {
          documents: [{ ...deal, amount: 'lots' }],
          checkpoint: null,
        }),
      ).toThrow(expect.objectContaining({ collection: 'deals', path: '/documents/0/amount' }));
      expect(answers.validPushAnswer([aDecision()])).toEqual([aDecision()]);
      expect(() => answers.validPushAnswer([{ ...aDecision(), outcome: 'maybe' }])).toThrow(
        expect.objectContaining({ collection: 'decisions', path: '/0/outcome' }),
      );
      const error = { code: 'forbidden', message: 'Not yours' };
      expect(answers.apiErrorOf(error)).toBe(error);
      expect(answers.apiErrorOf('<html>')).toBeNull();
      await import('../app/local-session');
    } finally {
      setConstructor(realConstructor);
    }
    expect(attempts).toEqual([]);
  });
});
