import { mkdirSync, writeFileSync } from 'node:fs';
import { GENERATED_PATH, answerValidatorsSource } from './answer-validators-source';

/**
 * Writes the store answers' validators ahead of time (renderer/sync/generated): rerun after any
 * change to a shared schema the client checks, and commit the result.
 *
 *   npx tsx scripts/generate-answer-validators.ts
 */
const root = new URL('../', import.meta.url);
const target = new URL(GENERATED_PATH, root);
mkdirSync(new URL('./', target), { recursive: true });
writeFileSync(target, await answerValidatorsSource(root));
console.log(`Wrote ${GENERATED_PATH}`);
