import type { ReportChart } from './report';

/** Escapes text for HTML and SVG, in content and in quoted attributes alike. */
export function escapeMarkup(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 16, right: 12, bottom: 36, left: 84 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
/** Grey-safe colours that still differ when printed in black and white. */
const SERIES_COLOURS = ['#1f5fae', '#d97a1c', '#2e8b57', '#8a3ffc'];
const TICKS = 4;

/** A chart as inline SVG: no script, no external reference, so it prints offline. */
export function chartSvg(chart: ReportChart, formatValue: (value: number) => string): string {
  const values = chart.series.flatMap((series) => series.values).filter(Number.isFinite);
  const high = Math.max(0, ...values);
  const low = Math.min(0, ...values);
  // An all-zero chart still gets an axis of height 1, not a division by zero.
  const span = high - low || 1;
  const y = (value: number) => MARGIN.top + PLOT_HEIGHT * (1 - (value - low) / span);
  const slot = PLOT_WIDTH / Math.max(1, chart.labels.length);
  const body = chart.kind === 'bar' ? bars(chart, slot, y) : lines(chart, slot, y);
  const axis = gridLines(low, span, y, formatValue) + categoryLabels(chart.labels, slot);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" ` +
    `role="img" aria-label="${escapeMarkup(chart.title)}">` +
    `<title>${escapeMarkup(chart.title)}</title>${axis}${body}</svg>` +
    legend(chart)
  );
}

function gridLines(
  low: number,
  span: number,
  y: (value: number) => number,
  formatValue: (value: number) => string,
): string {
  let out = '';
  for (let tick = 0; tick <= TICKS; tick += 1) {
    const value = low + (span * tick) / TICKS;
    const at = round(y(value));
    out +=
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${at}" y2="${at}" ` +
      `stroke="#ddd" stroke-width="1"/>` +
      `<text x="${MARGIN.left - 6}" y="${at + 4}" text-anchor="end" font-size="10" fill="#555">` +
      `${escapeMarkup(formatValue(value))}</text>`;
  }
  return out;
}

function categoryLabels(labels: string[], slot: number): string {
  // Past about 12 categories the labels collide: show every nth.
  const every = Math.max(1, Math.ceil(labels.length / 12));
  return labels
    .map((label, index) =>
      index % every === 0
        ? `<text x="${round(MARGIN.left + slot * (index + 0.5))}" y="${HEIGHT - MARGIN.bottom + 16}" ` +
          `text-anchor="middle" font-size="10" fill="#555">${escapeMarkup(label)}</text>`
        : '',
    )
    .join('');
}

function bars(chart: ReportChart, slot: number, y: (value: number) => number): string {
  const seriesCount = Math.max(1, chart.series.length);
  const barWidth = (slot * 0.7) / seriesCount;
  const zero = y(0);
  return chart.series
    .map((series, seriesIndex) =>
      series.values
        .map((value, index) => {
          if (!Number.isFinite(value)) return '';
          const x = MARGIN.left + slot * index + slot * 0.15 + barWidth * seriesIndex;
          const top = Math.min(y(value), zero);
          const height = Math.abs(zero - y(value));
          return (
            `<rect x="${round(x)}" y="${round(top)}" width="${round(barWidth)}" ` +
            `height="${round(height)}" fill="${colour(seriesIndex)}"/>`
          );
        })
        .join(''),
    )
    .join('');
}

function lines(chart: ReportChart, slot: number, y: (value: number) => number): string {
  return chart.series
    .map((series, seriesIndex) => {
      const points = series.values
        .map((value, index) =>
          Number.isFinite(value)
            ? `${round(MARGIN.left + slot * (index + 0.5))},${round(y(value))}`
            : '',
        )
        .filter(Boolean);
      return (
        `<polyline points="${points.join(' ')}" fill="none" stroke="${colour(seriesIndex)}" ` +
        `stroke-width="2"/>` +
        points
          .map((point) => {
            const [cx, cy] = point.split(',');
            return `<circle cx="${cx ?? 0}" cy="${cy ?? 0}" r="3" fill="${colour(seriesIndex)}"/>`;
          })
          .join('')
      );
    })
    .join('');
}

function legend(chart: ReportChart): string {
  if (chart.series.length < 2) return '';
  return (
    '<p class="legend">' +
    chart.series
      .map(
        (series, index) =>
          `<span><i style="background:${colour(index)}"></i>${escapeMarkup(series.label)}</span>`,
      )
      .join(' ') +
    '</p>'
  );
}

function colour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? '#1f5fae';
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
