import { storeDocuments } from '../context';
import { round, thousands } from '../support/stats';
import type { Measurement } from '../types';
import { accessOf, countsOf, firstSyncRun, requireCounts, total } from './browser-runs';

/** Issue #13, 3: finishing an interrupted first sync costs at most this share of a whole one. */
export const RESUME_TARGET_EXTRA = 0.1;

/**
 * Issue #13, 3 and 6: a first sync cut off half way (network lost, then the app closed) and
 * resumed from its checkpoints when the app opens again, in a new profile of its own, against
 * the run's uninterrupted first sync.
 */
export const firstSyncInterrupted: Measurement = {
  id: 'first-sync-interrupted',
  title: 'Renderer: a first sync interrupted at half, then resumed',
  async run(context) {
    const whole = await firstSyncRun(context);
    const pass = await storeDocuments(context);
    const expected = countsOf(pass.documents);
    const documents = total(expected);
    const store = await context.store();
    const result = await context.freshBrowser(async (browser) => {
      await browser.load();
      return browser.call('interruptedFirstSync', {
        ...accessOf(store),
        dbName: 'camdesk_bench_interrupted',
        interruptAt: Math.round(documents / 2),
      });
    });
    if (result.problems.length > 0) {
      throw new Error(`The resumed sync reported: ${result.problems.join('; ')}`);
    }
    requireCounts('interrupted first sync', result.counts, expected);
    const interruptedMs = result.beforeMs + result.resumedMs;
    const extra = (interruptedMs - whole.ms) / whole.ms;
    const writtenTwice = result.writtenBefore + result.writtenAfter - documents;
    const scale = `${context.options.scale}: ${thousands(documents)} docs, cut after ${thousands(result.writtenBefore)} written`;
    context.log(
      `interrupted first sync: ${round(result.beforeMs / 1000, 2)} s + ${round(result.resumedMs / 1000, 2)} s`,
    );
    return [
      {
        name: 'first sync interrupted at half: before the cut + after reopening',
        scale,
        value: round(interruptedMs / 1000, 2),
        unit: 's',
        baseline: {
          name: 'the uninterrupted first sync',
          value: round(whole.ms / 1000, 2),
          unit: 's',
        },
        target: {
          text: `extra ≤ ${RESUME_TARGET_EXTRA * 100} % of an uninterrupted one`,
          met: extra <= RESUME_TARGET_EXTRA,
        },
        note:
          `extra ${round(extra * 100, 1)} % (${round(result.beforeMs / 1000, 2)} s until the cut, ${round(result.resumedMs / 1000, 2)} s to finish, each profile new); ` +
          `documents written ${thousands(result.writtenBefore)} + ${thousands(result.writtenAfter)} (${thousands(Math.max(0, writtenTwice))} twice); ` +
          `pull pages answered ${result.pullsBefore} + ${result.pullsAfter} (a whole paging of the scope is ${pass.requests})`,
      },
    ];
  },
};
