/**
 * `npm run bench` / `npm run bench:smoke`: runs the registered measurements (./registry.ts),
 * prints a readable table and a JSON summary, and writes the summary to bench-results/.
 * Exit code 1 when a measurement broke (the harness, not a missed target), 2 on bad flags.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createContext } from './context';
import { describeMachine } from './machine';
import { parseOptions, USAGE, UsageError, type BenchOptions } from './options';
import { measurements } from './registry';
import { table, withRatio, type Failure, type ReportedFigure, type Summary } from './report';

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
    const unknown = options.only?.filter((id) => !measurements.some((m) => m.id === id)) ?? [];
    if (unknown.length > 0) throw new UsageError(`Unknown measurement ${unknown.join(', ')}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`bench: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  const only = options.only;
  const selected = measurements.filter((measurement) => !only || only.includes(measurement.id));
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const log = (message: string) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
    process.stderr.write(`[bench ${seconds}s] ${message}\n`);
  };
  const run = createContext(options, log);
  const abandon = (code: number, reason: string) => {
    log(reason);
    void run.dispose().finally(() => process.exit(code));
  };
  const deadline = setTimeout(() => {
    abandon(1, `stopped: the run took over ${String(options.timeoutMinutes)} minutes`);
  }, options.timeoutMinutes * 60_000);
  process.once('SIGINT', () => {
    abandon(130, 'interrupted');
  });
  process.once('SIGTERM', () => {
    abandon(143, 'terminated');
  });

  const figures: ReportedFigure[] = [];
  const failures: Failure[] = [];
  try {
    for (const measurement of selected) {
      log(`${measurement.id}: ${measurement.title}`);
      try {
        for (const figure of await measurement.run(run.context)) {
          figures.push(withRatio(measurement.id, figure));
        }
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        failures.push({ measurement: measurement.id, error: message });
        log(`${measurement.id} FAILED: ${message}`);
      }
    }
  } finally {
    await run.dispose();
    clearTimeout(deadline);
  }

  const summary: Summary = {
    startedAt,
    seconds: (performance.now() - started) / 1000,
    options: {
      scale: options.scale,
      smoke: options.smoke,
      liveClients: options.liveClients,
      liveChanges: options.liveChanges,
      queuedDecisions: options.queuedDecisions,
      only: options.only,
    },
    machine: await describeMachine(run.facts),
    figures,
    failures,
  };
  await mkdir(run.resultsDir, { recursive: true });
  const name = `${options.smoke ? 'smoke' : options.scale}-${startedAt.replaceAll(':', '-')}.json`;
  const file = path.join(run.resultsDir, name);
  await writeFile(file, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(table(summary));
  console.log(`\n${JSON.stringify(summary)}`);
  log(`summary written to ${path.relative(process.cwd(), file)}`);
  return failures.length > 0 ? 1 : 0;
}

process.exit(await main());
