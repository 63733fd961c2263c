import path from 'node:path';
import { buildWebApp } from '../app/build-app';
import { measureInboxPass, type InboxPass } from '../app/inbox-pass';
import { installInboxProbes, waitForPaint } from '../app/inbox-driver';
import type { InteractionResult } from '../app/probes';
import { openBrowser } from '../browser/browser-session';
import { median, round } from '../support/stats';
import type { BenchContext, Figure, Measurement } from '../types';
import type { ScaleName } from '../../server/seed/scales';

const BASELINE_SCALE: ScaleName = 'demo';
const BULK_SIZE = 200;

/**
 * Issue 11, item 7: what the CAM waits for in the inbox, in the built web app with its real
 * screens, signed in as user-cam-ana through the development provider. The run's scale beside
 * the demo scale (same browser, same build, same run), and the app shell on an empty profile.
 */
export const inbox: Measurement = {
  id: 'inbox',
  title: 'The built app: the inbox (reload, keystrokes, decide, bulk approve, idle, memory)',
  async run(context) {
    const app = await context.once('app:build', () => buildWebApp(context.options.outDir));
    const commit = app.commit;
    context.log(`built the web app (${commit}) in ${app.seconds.toFixed(1)} s`);
    const { scale, smoke } = context.options;
    const main = await pass(context, scale, app.dir);
    const baseline = scale === BASELINE_SCALE ? main : await pass(context, BASELINE_SCALE, app.dir);
    const shellMs = await emptyShell(context, app.dir);
    const where = (name: ScaleName, measured: InboxPass) =>
      `${name}: ${measured.shownCount ?? measured.rowsInDom} requests waiting for user-cam-ana, app at ${commit}`;
    return figures(main, baseline, shellMs, {
      scale: where(scale, main),
      baselineName: scale === BASELINE_SCALE ? 'same pass' : `${BASELINE_SCALE} scale`,
      smoke,
      buildSeconds: app.seconds,
    });
  },
};

async function pass(context: BenchContext, scale: ScaleName, appDir: string): Promise<InboxPass> {
  const log = (message: string) => {
    context.log(message);
  };
  const served = await appServed(context, scale, appDir);
  const browser = await openBrowser(`${served.url}/`, log);
  try {
    return await measureInboxPass(browser, {
      appUrl: `${served.url}/`,
      repeats: context.options.smoke ? 1 : 3,
      idleMs: context.options.smoke ? 1000 : 10_000,
      bulkSize: BULK_SIZE,
      syncTimeoutMs: (context.options.smoke ? 1 : 10) * 60_000,
      log,
    });
  } catch (error) {
    // What the screen showed when it broke: a screenshot, and its accessibility tree.
    const file = path.resolve(context.options.outDir, `inbox-failure-${scale}.png`);
    await browser.page.screenshot({ path: file, fullPage: false }).catch(() => undefined);
    const tree = await browser.page
      .locator('body')
      .ariaSnapshot()
      .catch(() => '');
    context.log(`inbox (${scale}) broke; screenshot ${file}; screen:\n${tree.slice(0, 3000)}`);
    throw error;
  } finally {
    await browser.close();
  }
}

/** The built app served by a store process over the store seeded at `scale`, once a run. */
function appServed(context: BenchContext, scale: ScaleName, appDir: string) {
  return context.once(`app:served:${scale}`, async () => {
    const served = await (await context.storeAt(scale)).serve(appDir);
    context.log(`inbox (${scale}): the app at ${served.url}`);
    return served;
  });
}

/**
 * The signed-out app on an empty profile: the shell with no database and no data. The first
 * load fills the HTTP cache and installs the service worker; the loads after it are timed, as
 * the reloads of the signed-in app are.
 */
async function emptyShell(context: BenchContext, appDir: string): Promise<number> {
  const log = (message: string) => {
    context.log(message);
  };
  const served = await appServed(context, BASELINE_SCALE, appDir);
  const browser = await openBrowser(`${served.url}/`, log);
  try {
    await installInboxProbes(browser.page);
    const times = [];
    for (let attempt = 0; attempt <= (context.options.smoke ? 1 : 3); attempt += 1) {
      await browser.page.goto(`${served.url}/`, { waitUntil: 'commit' });
      const painted = await waitForPaint(browser.page, 'shellPaintedMs', 30_000);
      if (attempt > 0) times.push(painted);
    }
    return median(times);
  } finally {
    await browser.close();
  }
}

type Labels = { scale: string; baselineName: string; smoke: boolean; buildSeconds: number };

function figures(main: InboxPass, base: InboxPass, shellMs: number, labels: Labels): Figure[] {
  const { scale, baselineName } = labels;
  const ms = (value: number) => round(value);
  const against = (value: number, unit = 'ms') => ({ name: baselineName, value, unit });
  const target = (text: string, value: number, limit: number) =>
    labels.smoke || !Number.isFinite(value) ? undefined : { text, met: value <= limit };
  const reloadRows = medianOf(main.reloads.map((r) => r.rowsMs));
  const interaction = (
    name: string,
    measured: (pass: InboxPass) => InteractionResult[] | undefined,
    limit: number,
    missing: string,
  ): Figure => {
    const results = measured(main);
    const value = results ? medianOf(results.map((r) => r.ms)) : Number.NaN;
    const timings = results?.map((r) => r.eventTimingMs ?? '<16').join(', ');
    return {
      name,
      scale,
      value: ms(value),
      unit: 'ms',
      baseline: against(ms(medianOf((measured(base) ?? []).map((r) => r.ms)))),
      target: target(`≤ ${String(limit)} ms`, value, limit),
      note: results
        ? `median of ${String(results.length)} (${results.map((r) => ms(r.ms)).join(', ')} ms); Event Timing duration ${timings ?? ''} ms; ${results[0]?.how ?? ''}`
        : `not available: ${missing} (target ≤ ${String(limit)} ms)`,
    };
  };
  const idleLongest = Math.max(0, ...main.idleLongTasks.map((task) => task.ms));
  const bulk = typeof main.bulk === 'string' ? undefined : main.bulk;
  const bulkMissing = typeof main.bulk === 'string' ? main.bulk : '';
  const baseBulk = typeof base.bulk === 'string' ? Number.NaN : base.bulk.ms;
  return [
    {
      name: 'inbox: reload → first request rows painted',
      scale,
      value: ms(reloadRows),
      unit: 'ms',
      baseline: against(ms(medianOf(base.reloads.map((r) => r.rowsMs)))),
      target: target('≤ 300 ms', reloadRows, 300),
      note: `since navigation start, median of ${String(main.reloads.length)} (${main.reloads.map((r) => ms(r.rowsMs)).join(', ')} ms); longest task during a reload ${ms(Math.max(...main.reloads.map((r) => r.longestTaskMs)))} ms`,
    },
    {
      name: 'inbox: reload → the whole list read (its count shown)',
      scale,
      value: ms(medianOf(main.reloads.map((r) => r.countMs))),
      unit: 'ms',
      baseline: against(ms(medianOf(base.reloads.map((r) => r.countMs)))),
      note: `since navigation start, median of ${String(main.reloads.length)} (${main.reloads.map((r) => ms(r.countMs)).join(', ')} ms); polled every 20 ms; the first rows may be painted before it`,
    },
    {
      name: 'inbox: open the inbox (synced) → first request rows painted',
      scale,
      value: ms(main.openInboxMs),
      unit: 'ms',
      baseline: against(ms(base.openInboxMs)),
      note: 'from the click on its tab in the header (read from the page just before the click), after the first sync ran on the Partners screen',
    },
    {
      name: 'inbox: reload → app shell painted (header, same loads)',
      scale,
      value: ms(medianOf(main.reloads.map((r) => r.shellMs))),
      unit: 'ms',
      baseline: { name: 'signed-out app, empty database', value: ms(shellMs), unit: 'ms' },
    },
    interaction(
      'inbox: keystroke in "Search requests" → painted',
      (pass) => pass.searchKeys,
      50,
      'no search box named "Search requests"',
    ),
    interaction(
      'inbox: keystroke in a comment box → painted',
      (pass) => pass.commentKeys,
      50,
      'no comment box',
    ),
    interaction(
      'inbox: Approve with a comment → row shown decided',
      (pass) => pass.decisions,
      50,
      'no Approve button',
    ),
    {
      name: `inbox: bulk approve ${String(BULK_SIZE)} → all shown decided`,
      scale,
      value: bulk ? ms(bulk.ms) : Number.NaN,
      unit: 'ms',
      baseline: against(ms(baseBulk)),
      target: bulk ? target('≤ 2,000 ms', bulk.ms, 2000) : undefined,
      note: bulk
        ? `${String(bulk.rows)} rows in the DOM; ${bulk.how}`
        : `not available: ${bulkMissing} (target ≤ 2 s)`,
    },
    {
      name: `inbox: longest task while idle ${String(labels.smoke ? 1 : 10)} s`,
      scale,
      value: ms(idleLongest),
      unit: 'ms',
      baseline: against(ms(Math.max(0, ...base.idleLongTasks.map((task) => task.ms)))),
      target: target('no long task over 200 ms', idleLongest, 200),
      note: `${String(main.idleLongTasks.length)} long tasks (over 50 ms): ${main.idleLongTasks.map((task) => ms(task.ms)).join(', ')}`,
    },
    memoryFigure('renderer RSS', main, base, (pass) => pass.memory.rendererRssMb, labels),
    memoryFigure('whole browser PSS', main, base, (pass) => pass.memory.browserPssMb, labels),
    {
      name: 'inbox: JS heap in use after the first sync',
      scale,
      value: round(main.memory.jsHeapMb),
      unit: 'MB',
      baseline: against(round(base.memory.jsHeapMb), 'MB'),
    },
    {
      name: 'inbox: sign-in → first sync done (app on the Partners screen)',
      scale,
      value: round(main.signInToSyncedMs / 1000, 1),
      unit: 's',
      baseline: against(round(base.signInToSyncedMs / 1000, 1), 's'),
      note: `${String(main.rowsInDom)} rows in the DOM; web build ${labels.buildSeconds.toFixed(1)} s`,
    },
  ];
}

function memoryFigure(
  what: string,
  main: InboxPass,
  base: InboxPass,
  pick: (pass: InboxPass) => number,
  labels: Labels,
): Figure {
  const value = round(pick(main));
  return {
    name: `inbox: ${what} after the first sync, inbox open`,
    scale: labels.scale,
    value,
    unit: 'MB',
    baseline: { name: labels.baselineName, value: round(pick(base)), unit: 'MB' },
    target: labels.smoke ? undefined : { text: '< 1,024 MB', met: value < 1024 },
    note:
      what === 'whole browser PSS'
        ? `${String(main.memory.processes)} processes; RSS summed ${String(round(main.memory.browserRssMb))} MB (shared pages counted in each)`
        : undefined,
  };
}

function medianOf(values: readonly number[]): number {
  return values.length > 0 ? median(values) : Number.NaN;
}
