import path from 'node:path';
import { buildWebApp } from '../app/build-app';
import { measureDashboardPass, type DashboardPass } from '../app/dashboard-pass';
import { openBrowser } from '../browser/browser-session';
import { median, round } from '../support/stats';
import type { BenchContext, Figure, Measurement } from '../types';
import type { ScaleName } from '../../server/seed/scales';

const BASELINE_SCALE: ScaleName = 'demo';

/**
 * Issue 12, item 8 (the dashboard's figures): in the built web app with its real screens,
 * signed in as user-cam-ana: reopen → figures painted, a filter change → painted, memory with
 * the dashboard open. The run's scale beside the demo scale, same build, same run.
 */
export const dashboard: Measurement = {
  id: 'dashboard',
  title: 'The built app: the territory dashboard (reopen, a filter, memory)',
  async run(context) {
    const app = await context.once('app:build', () => buildWebApp(context.options.outDir));
    context.log(`built the web app (${app.commit}) in ${app.seconds.toFixed(1)} s`);
    const { scale, smoke } = context.options;
    const main = await pass(context, scale, app.dir);
    const base = scale === BASELINE_SCALE ? main : await pass(context, BASELINE_SCALE, app.dir);
    const label = (name: ScaleName, measured: DashboardPass) =>
      `${name}: ${measured.partnersShown} on user-cam-ana's dashboard, app at ${app.commit}`;
    return figures(main, base, {
      scale: label(scale, main),
      baselineName: scale === BASELINE_SCALE ? 'same pass' : `${BASELINE_SCALE} scale`,
      smoke,
    });
  },
};

async function pass(context: BenchContext, scale: ScaleName, appDir: string) {
  const log = (message: string) => {
    context.log(message);
  };
  const served = await context.once(`app:served:${scale}`, async () =>
    (await context.storeAt(scale)).serve(appDir),
  );
  const browser = await openBrowser(`${served.url}/`, log);
  try {
    return await measureDashboardPass(browser, {
      appUrl: `${served.url}/`,
      repeats: context.options.smoke ? 1 : 3,
      syncTimeoutMs: (context.options.smoke ? 2 : 15) * 60_000,
      log,
    });
  } catch (error) {
    const file = path.resolve(context.options.outDir, `dashboard-failure-${scale}.png`);
    await browser.page.screenshot({ path: file }).catch(() => undefined);
    context.log(`dashboard (${scale}) broke; screenshot ${file}`);
    throw error;
  } finally {
    await browser.close();
  }
}

type Labels = { scale: string; baselineName: string; smoke: boolean };

function figures(main: DashboardPass, base: DashboardPass, labels: Labels): Figure[] {
  const against = (value: number, unit = 'ms') => ({ name: labels.baselineName, value, unit });
  const target = (text: string, value: number, limit: number) =>
    labels.smoke || !Number.isFinite(value) ? undefined : { text, met: value <= limit };
  const list = (values: readonly number[]) => values.map((value) => round(value)).join(', ');
  const reopen = median(main.reopens);
  const filter = median(main.filters);
  const pss = round(main.memory.browserPssMb);
  return [
    {
      name: 'dashboard: reopen → figures painted',
      scale: labels.scale,
      value: round(reopen),
      unit: 'ms',
      baseline: against(round(median(base.reopens))),
      target: target('≤ 300 ms', reopen, 300),
      note: `since navigation start (the app reopens on the page last open), median of ${String(main.reopens.length)} (${list(main.reopens)} ms)`,
    },
    {
      name: 'dashboard: a filter change (tier) → painted',
      scale: labels.scale,
      value: round(filter),
      unit: 'ms',
      baseline: against(round(median(base.filters))),
      target: target('≤ 100 ms', filter, 100),
      note: `from the select's change event to the frame showing the new partner count, median of ${String(main.filters.length)} (${list(main.filters)} ms)`,
    },
    {
      name: 'dashboard: open from its tab (synced) → figures painted',
      scale: labels.scale,
      value: round(main.openMs),
      unit: 'ms',
      baseline: against(round(base.openMs)),
    },
    {
      name: 'dashboard: whole browser PSS, dashboard open after the first sync',
      scale: labels.scale,
      value: pss,
      unit: 'MB',
      baseline: against(round(base.memory.browserPssMb), 'MB'),
      target: labels.smoke ? undefined : { text: '< 1,024 MB', met: pss < 1024 },
      note: `renderer RSS ${String(round(main.memory.rendererRssMb))} MB, JS heap ${String(round(main.memory.jsHeapMb))} MB, ${String(main.memory.processes)} processes`,
    },
    {
      name: 'dashboard: sign-in → first sync done (app on the Partners screen)',
      scale: labels.scale,
      value: round(main.signInToSyncedMs / 1000, 1),
      unit: 's',
      baseline: against(round(base.signInToSyncedMs / 1000, 1), 's'),
    },
  ];
}
