import path from 'node:path';
import { buildWebApp } from '../app/build-app';
import { measureTablesPass, type ExpectedDeals, type TablesPass } from '../app/tables-pass';
import { openBrowser } from '../browser/browser-session';
import type { BenchStore } from '../store/bench-store';
import { median, percentile, round, thousands } from '../support/stats';
import type { BenchContext, Figure, Measurement } from '../types';
import type { ScaleName } from '../../server/seed/scales';

const BASELINE_SCALE: ScaleName = 'demo';

/**
 * Issue 12, item 8 (the tables): in the built web app with its real screens, signed in as
 * user-cam-ana: a partner opened from the Partners table → its 360 painted, and the Deals
 * table scrolled top to bottom, frame by frame. The run's scale beside the demo scale.
 */
export const tables: Measurement = {
  id: 'tables',
  title: 'The built app: the partner 360 opened, the deals table scrolled',
  async run(context) {
    const app = await context.once('app:build', () => buildWebApp(context.options.outDir));
    context.log(`built the web app (${app.commit}) in ${app.seconds.toFixed(1)} s`);
    const { scale, smoke } = context.options;
    const main = await pass(context, scale, app.dir);
    const base = scale === BASELINE_SCALE ? main : await pass(context, BASELINE_SCALE, app.dir);
    const label = (name: ScaleName, measured: TablesPass) =>
      `${name}: ${thousands(measured.scroll.rowCount)} deals on user-cam-ana's Deals page, app at ${app.commit}`;
    return figures(main, base, {
      scale: label(scale, main),
      baselineName: scale === BASELINE_SCALE ? 'same pass' : `${BASELINE_SCALE} scale`,
      smoke,
    });
  },
};

/** The deals user-cam-ana's app must show, read at the store: how many, and the last ones. */
async function expectedDeals(store: BenchStore): Promise<ExpectedDeals> {
  const scoped = 'territory_id = ANY($1::text[]) AND NOT deleted';
  const [counted] = await store.database.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM deals WHERE ${scoped}`,
    [store.territoryIds],
  );
  const oldest = await store.database.query<{ customer: string }>(
    `SELECT doc->'endCustomer'->>'name' AS customer FROM deals
     WHERE ${scoped} AND doc->>'registeredAt' = (
       SELECT min(doc->>'registeredAt') FROM deals WHERE ${scoped})`,
    [store.territoryIds],
  );
  return {
    count: counted?.count ?? 0,
    oldestCustomers: new Set(oldest.map((row) => row.customer)),
  };
}

async function pass(context: BenchContext, scale: ScaleName, appDir: string) {
  const log = (message: string) => {
    context.log(message);
  };
  const store = await context.storeAt(scale);
  const served = await context.once(`app:served:${scale}`, () => store.serve(appDir));
  const expected = await expectedDeals(store);
  const { smoke } = context.options;
  const browser = await openBrowser(`${served.url}/`, log);
  try {
    return await measureTablesPass(browser, {
      appUrl: `${served.url}/`,
      partnerOpens: smoke ? 2 : 5,
      scrollFrames: smoke ? 30 : 600,
      settleMs: smoke ? 250 : 1000,
      syncTimeoutMs: (smoke ? 2 : 15) * 60_000,
      expectedDeals: expected,
      log,
    });
  } catch (error) {
    const file = path.resolve(context.options.outDir, `tables-failure-${scale}.png`);
    await browser.page.screenshot({ path: file }).catch(() => undefined);
    context.log(`tables (${scale}) broke; screenshot ${file}`);
    throw error;
  } finally {
    await browser.close();
  }
}

type Labels = { scale: string; baselineName: string; smoke: boolean };

function figures(main: TablesPass, base: TablesPass, labels: Labels): Figure[] {
  const against = (value: number, unit = 'ms') => ({ name: labels.baselineName, value, unit });
  const target = (text: string, met: boolean) => (labels.smoke ? undefined : { text, met });
  const list = (values: readonly number[]) => values.map((value) => round(value)).join(', ');
  const heading = (pass: TablesPass) => pass.partnerOpens.map((open) => open.headingMs);
  const complete = (pass: TablesPass) => pass.partnerOpens.map((open) => open.completeMs);
  const opened = median(heading(main));
  const p95 = (pass: TablesPass) => percentile(pass.scroll.frames, 95);
  const worst = (pass: TablesPass) => Math.max(...pass.scroll.frames);
  const over50 = (pass: TablesPass) => pass.scroll.frames.filter((ms) => ms > 50).length;
  const longest = (pass: TablesPass) => Math.max(0, ...pass.scroll.longTasks);
  const { scroll } = main;
  return [
    {
      name: 'partner 360: a click in the Partners table → heading, revenue and contacts painted',
      scale: labels.scale,
      value: round(opened),
      unit: 'ms',
      baseline: against(round(median(heading(base)))),
      target: target('≤ 200 ms', opened <= 200),
      note: `from the click's timestamp, median of ${String(main.partnerOpens.length)} partners (${list(heading(main))} ms)`,
    },
    {
      name: 'partner 360: the same click → every section painted (its deals table too)',
      scale: labels.scale,
      value: round(median(complete(main))),
      unit: 'ms',
      baseline: against(round(median(complete(base)))),
      note: `median of ${String(main.partnerOpens.length)} (${list(complete(main))} ms); their deals: ${main.partnerOpens.map((open) => open.dealsHeading.replace(/\D+/g, '')).join(', ')}`,
    },
    {
      name: 'deals table scrolled top to bottom: p95 frame',
      scale: labels.scale,
      value: round(p95(main), 1),
      unit: 'ms',
      baseline: against(round(p95(base), 1)),
      target: target('≤ 50 ms', p95(main) <= 50),
      note: `${thousands(scroll.frames.length)} frames (requestAnimationFrame deltas), 100 rows a frame; at most ${String(scroll.mostRowsInDom)} rows in the DOM; the last row (${thousands(scroll.lastRowIndex + 1)}) shows the oldest deal`,
    },
    {
      name: 'deals table scrolled: worst frame',
      scale: labels.scale,
      value: round(worst(main)),
      unit: 'ms',
      baseline: against(round(worst(base))),
      target: target('≤ 50 ms', worst(main) <= 50),
      note: `longest task ${String(round(longest(main)))} ms (${String(main.scroll.longTasks.length)} long tasks); the baseline scrolls to and fro at the same speed, ${String(base.scroll.frames.length)} frames`,
    },
    {
      name: 'deals table scrolled: frames over 50 ms',
      scale: labels.scale,
      value: over50(main),
      unit: 'frames',
      baseline: against(over50(base), 'frames'),
      target: target('0', over50(main) === 0),
      note: `of ${thousands(scroll.frames.length)}; ${String(scroll.framesWithRowInView)} frames showed a row in the middle of the view`,
    },
    {
      name: 'deals: open from its tab (synced) → every deal counted and rows shown',
      scale: labels.scale,
      value: round(main.dealsOpenMs),
      unit: 'ms',
      baseline: against(round(base.dealsOpenMs)),
    },
    {
      name: 'tables: sign-in → first sync done (app on the Partners screen)',
      scale: labels.scale,
      value: round(main.signInToSyncedMs / 1000, 1),
      unit: 's',
      baseline: against(round(base.signInToSyncedMs / 1000, 1), 's'),
    },
  ];
}
