import type { ReopenResult } from '../page/api';
import { median, round, thousands } from '../support/stats';
import type { Measurement } from '../types';
import { EMPTY_DB, firstSyncRun, requireCounts, SYNCED_DB } from './browser-runs';

const REPEATS = 3;

/**
 * Issue #5, 2: reopening the app with the territory local. Each try is a fresh page load timed
 * from navigation start (so it includes loading the script), alternating with the same open of
 * an empty database: the baseline, everything that does not depend on the data.
 */
export const reopen: Measurement = {
  id: 'reopen',
  title: 'Renderer: reopening with the territory already local',
  async run(context) {
    const synced = await firstSyncRun(context);
    const browser = await context.browser();
    await browser.load();
    await browser.call('removeDatabase', { dbName: EMPTY_DB });
    await browser.load();
    await browser.call('createEmpty', { dbName: EMPTY_DB });

    const empty: ReopenResult[] = [];
    const full: ReopenResult[] = [];
    for (let attempt = 0; attempt < REPEATS; attempt += 1) {
      await browser.load({ reopen: EMPTY_DB });
      empty.push(await browser.call('reopenResult', null));
      await browser.load({ reopen: SYNCED_DB });
      const result = await browser.call('reopenResult', null);
      requireCounts('reopen', result.counts, synced.counts);
      full.push(result);
    }
    const scale = `${context.options.scale}: ${thousands(synced.documents)} docs local; median of ${REPEATS} page loads`;
    const middle = (results: ReopenResult[], pick: (result: ReopenResult) => number) =>
      round(median(results.map(pick)));
    return [
      {
        name: 'reopen → first screen data (partners by name)',
        scale,
        value: middle(full, (result) => result.firstDataMs),
        unit: 'ms',
        baseline: {
          name: 'same, empty database',
          value: middle(empty, (result) => result.firstDataMs),
          unit: 'ms',
        },
        note: `since navigation start; script running at ${middle(full, (r) => r.scriptMs)} ms, database open at ${middle(full, (r) => r.openedMs)} ms; ${thousands(full[0]?.partners ?? 0)} partners`,
      },
      {
        name: 'reopen → every collection queryable',
        scale,
        value: middle(full, (result) => result.allQueryableMs),
        unit: 'ms',
        baseline: {
          name: 'same, empty database',
          value: middle(empty, (result) => result.allQueryableMs),
          unit: 'ms',
        },
      },
    ];
  },
};
