/**
 * What checking the store's answers costs a first sync (renderer/sync/store-answers.ts): the
 * large scale's 100,000 deals, then every collection (about 158,000 documents), as wire
 * documents in pull pages of MAX_PULL_LIMIT, checked with compiled validators as the app does.
 * Three ways: compiled at run time with code generation (Node, a browser page without a CSP),
 * compiled at run time without it (the Electron renderer's CSP has no 'unsafe-eval', so TypeBox
 * falls back to walking the schema: how the app checked before), and the app's validators
 * generated ahead of time (renderer/sync/generated), run with Function and eval forbidden as
 * under that CSP. JSON.parse of the same pages, which the client pays anyway, is the yardstick.
 * Median of ROUNDS runs.
 *
 *   npx tsx bench/wire-validation.ts
 */
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { Settings } from 'typebox/system';
import { generateDataset } from '../server/seed/generate';
import { pullPageChecks, type Check } from '../renderer/sync/generated/answer-validators';
import { replicatedCollections, type CollectionDefinition } from '../shared/schema';
import { MAX_PULL_LIMIT, pullResponseSchema } from '../shared/sync/protocol';

const ROUNDS = 3;

type Pages = {
  collection: string;
  schema: TSchema;
  generated: Check;
  documents: number;
  texts: string[];
};

const dataset = generateDataset({ scale: 'large', seed: 20261124, now: new Date('2026-11-24') });
const everything: Pages[] = replicatedCollections.map((collection) => {
  const documents: readonly object[] = dataset[collection.name];
  // Every collection alike: the union of their schemas is not one the function can infer.
  const { name, schema }: CollectionDefinition = collection;
  const texts: string[] = [];
  for (let start = 0; start < documents.length; start += MAX_PULL_LIMIT) {
    const page = documents
      .slice(start, start + MAX_PULL_LIMIT)
      .map((document) => ({ ...document, _deleted: false }));
    texts.push(JSON.stringify({ documents: page, checkpoint: { seq: start + page.length } }));
  }
  const generated = pullPageChecks.get(name);
  if (!generated) throw new Error(`No generated pull page check for ${name}`);
  return {
    collection: name,
    schema: pullResponseSchema(schema),
    generated,
    documents: documents.length,
    texts,
  };
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timed(run: () => void): number {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Runs with Function and eval throwing, as the Electron renderer's CSP makes them. */
function forbiddingCodeGeneration<Result>(run: () => Result): Result {
  const { Function: realFunction, eval: realEval } = globalThis;
  const refuse = (): never => {
    throw new EvalError("Code generation is forbidden here (CSP without 'unsafe-eval')");
  };
  Object.assign(globalThis, { Function: refuse, eval: refuse });
  try {
    return run();
  } finally {
    Object.assign(globalThis, { Function: realFunction, eval: realEval });
  }
}

type Way = { how: string; make: () => Check[] };

function report(label: string, of: readonly Pages[]) {
  const documents = of.reduce((sum, pages) => sum + pages.documents, 0);
  const parsed = of.map((pages) => pages.texts.map((text): unknown => JSON.parse(text)));
  const parseMs = timed(() => {
    for (const pages of of) for (const text of pages.texts) JSON.parse(text);
  });
  console.log(`${label}: ${documents} documents; JSON.parse ${parseMs.toFixed(0)} ms`);
  const compiled = (accelerated: boolean) => () => {
    Settings.Set({ useAcceleration: accelerated });
    return of.map((pages) => {
      const validator = Compile(pages.schema);
      return (value: unknown) => validator.Check(value);
    });
  };
  const ways: Way[] = [
    { how: 'compiled, code generation', make: compiled(true) },
    { how: 'compiled, no code generation (CSP, before)', make: compiled(false) },
    {
      how: 'generated ahead of time, no code generation (CSP)',
      make: () => of.map((pages) => pages.generated),
    },
  ];
  for (const { how, make } of ways) {
    const generatedAhead = how.startsWith('generated');
    const compileStarted = performance.now();
    const checks = make();
    const compileMs = performance.now() - compileStarted;
    const invalid = new Set<string>();
    const run = () =>
      timed(() => {
        checks.forEach((check, index) => {
          for (const page of parsed[index] ?? []) {
            if (!check(page)) invalid.add(of[index]?.collection ?? '?');
          }
        });
      });
    const ms = generatedAhead ? forbiddingCodeGeneration(run) : run();
    // The seed and the schema disagree (a schema change under way): the figure is then low.
    if (invalid.size > 0)
      console.log(`  refused (seed does not match schema): ${[...invalid].join(', ')}`);
    const each = ((ms * 1000) / documents).toFixed(2);
    const made = generatedAhead ? 'nothing to compile' : `compile ${compileMs.toFixed(1)} ms`;
    console.log(`  ${how}: check ${ms.toFixed(0)} ms (${each} µs a document), ${made}`);
  }
  Settings.Set({ useAcceleration: true });
}

report(
  'deals',
  everything.filter((pages) => pages.collection === 'deals'),
);
report('every collection', everything);
