import type { Machine } from './machine';
import { machineLine } from './machine';
import type { BenchOptions } from './options';
import { round } from './support/stats';
import type { Figure } from './types';

export type ReportedFigure = Figure & { measurement: string; ratio?: number };
export type Failure = { measurement: string; error: string };

export type Summary = {
  startedAt: string;
  seconds: number;
  options: Pick<
    BenchOptions,
    'scale' | 'smoke' | 'liveClients' | 'liveChanges' | 'queuedDecisions' | 'only'
  >;
  machine: Machine;
  figures: ReportedFigure[];
  failures: Failure[];
};

/** value / baseline, when both are in the same unit. */
export function withRatio(measurement: string, figure: Figure): ReportedFigure {
  const { baseline } = figure;
  const ratio =
    baseline &&
    baseline.unit === figure.unit &&
    baseline.value !== 0 &&
    Number.isFinite(figure.value) &&
    Number.isFinite(baseline.value)
      ? round(figure.value / baseline.value, 2)
      : undefined;
  return { measurement, ...figure, ...(ratio === undefined ? {} : { ratio }) };
}

/** A Markdown table: readable in a terminal, and pasted as is into docs/benchmarks.md. */
export function table(summary: Summary): string {
  const header = [
    'id',
    'figure',
    'value',
    'baseline (same run)',
    'ratio',
    'target',
    'met',
    'scale',
  ];
  const rows = summary.figures.map((figure) => [
    figure.measurement,
    figure.name,
    withUnit(figure.value, figure.unit),
    figure.baseline
      ? `${withUnit(figure.baseline.value, figure.baseline.unit)} (${figure.baseline.name})`
      : '',
    figure.ratio === undefined ? '' : `${String(figure.ratio)}×`,
    figure.target?.text ?? '',
    figure.target ? (figure.target.met ? 'met' : 'MISSED') : '',
    figure.scale,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const lines = [
    line(header),
    `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
    ...rows.map(line),
  ];
  const notes = summary.figures
    .filter((figure) => figure.note)
    .map((figure) => `- ${figure.name}: ${figure.note ?? ''}`);
  const failures = summary.failures.map(
    (failure) => `- FAILED ${failure.measurement}: ${failure.error}`,
  );
  return [
    `Machine: ${machineLine(summary.machine)}`,
    `Run: ${summary.startedAt}, ${summary.options.smoke ? 'smoke' : 'full'} (${summary.options.scale} scale), ${String(round(summary.seconds))} s`,
    '',
    ...lines,
    ...(notes.length > 0 ? ['', 'Notes:', ...notes] : []),
    ...(failures.length > 0 ? ['', ...failures] : []),
  ].join('\n');
}

/** A figure the product cannot be measured on yet (a control it lacks) is NaN. */
function withUnit(value: number, unit: string): string {
  return Number.isFinite(value) ? `${formatNumber(value)} ${unit}` : 'not available';
}

function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
