/**
 * What checking the store's answers costs a first sync (renderer/sync/store-answers.ts): the
 * large scale's 100,000 deals, then every collection (about 158,000 documents), as wire
 * documents in pull pages of MAX_PULL_LIMIT, checked with compiled validators as the app does.
 * Twice: with code generation (Node, a browser page without a CSP) and without it (the Electron
 * renderer's CSP has no 'unsafe-eval', so TypeBox falls back to walking the schema). JSON.parse
 * of the same pages, which the client pays anyway, is the yardstick. Median of ROUNDS runs.
 *
 *   npx tsx bench/wire-validation.ts
 */
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { Settings } from 'typebox/system';
import { generateDataset } from '../server/seed/generate';
import { replicatedCollections, type CollectionDefinition } from '../shared/schema';
import { MAX_PULL_LIMIT, pullResponseSchema } from '../shared/sync/protocol';

const ROUNDS = 3;

type Pages = { collection: string; schema: TSchema; documents: number; texts: string[] };

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
  return {
    collection: name,
    schema: pullResponseSchema(schema),
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

function report(label: string, of: readonly Pages[]) {
  const documents = of.reduce((sum, pages) => sum + pages.documents, 0);
  const parsed = of.map((pages) => pages.texts.map((text): unknown => JSON.parse(text)));
  const parseMs = timed(() => {
    for (const pages of of) for (const text of pages.texts) JSON.parse(text);
  });
  console.log(`${label}: ${documents} documents; JSON.parse ${parseMs.toFixed(0)} ms`);
  for (const accelerated of [true, false]) {
    Settings.Set({ useAcceleration: accelerated });
    const compileStarted = performance.now();
    const validators = of.map((pages) => Compile(pages.schema));
    const compileMs = performance.now() - compileStarted;
    const invalid = new Set<string>();
    const ms = timed(() => {
      validators.forEach((validator, index) => {
        for (const page of parsed[index] ?? []) {
          if (!validator.Check(page)) invalid.add(of[index]?.collection ?? '?');
        }
      });
    });
    // The seed and the schema disagree (a schema change under way): the figure is then low.
    if (invalid.size > 0)
      console.log(`  refused (seed does not match schema): ${[...invalid].join(', ')}`);
    const how = accelerated ? 'code generation' : 'no code generation (CSP)';
    const each = ((ms * 1000) / documents).toFixed(2);
    console.log(
      `  ${how}: check ${ms.toFixed(0)} ms (${each} µs a document), compile ${compileMs.toFixed(1)} ms`,
    );
  }
}

report(
  'deals',
  everything.filter((pages) => pages.collection === 'deals'),
);
report('every collection', everything);
