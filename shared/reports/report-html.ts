import { currencyDigits } from '../format/money';
import type { Report, ReportCell, ReportChart, ReportColumnKind, ReportSheet } from './report';
import type { ReportLanguage, ReportPeriod } from './report-request';
import { chartSvg, escapeMarkup } from './report-svg';

type Words = {
  scope: string;
  period: string;
  currency: string;
  generated: string;
  by: string;
  total: string;
  noRows: string;
  warnings: string;
  page: string;
  of: string;
  periods: Record<ReportPeriod, string>;
};

const words: Record<ReportLanguage, Words> = {
  en: {
    scope: 'Scope',
    period: 'Period',
    currency: 'Currency',
    generated: 'Generated',
    by: 'by',
    total: 'Total',
    noRows: 'Nothing in this period.',
    warnings: 'Warnings',
    page: 'Page',
    of: 'of',
    periods: {
      last_3_months: 'Last 3 months',
      last_6_months: 'Last 6 months',
      last_12_months: 'Last 12 months',
      year_to_date: 'Year to date',
      previous_year: 'Previous year',
    },
  },
  es: {
    scope: 'Ámbito',
    period: 'Periodo',
    currency: 'Moneda',
    generated: 'Generado',
    by: 'por',
    total: 'Total',
    noRows: 'Nada en este periodo.',
    warnings: 'Avisos',
    page: 'Página',
    of: 'de',
    periods: {
      last_3_months: 'Últimos 3 meses',
      last_6_months: 'Últimos 6 meses',
      last_12_months: 'Últimos 12 meses',
      year_to_date: 'En lo que va de año',
      previous_year: 'Año anterior',
    },
  },
};

/** Formats each kind of cell in the report's language and currency; formatters made once. */
function cellFormatter(report: Report): (kind: ReportColumnKind, value: number | string) => string {
  const locale = report.language;
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: report.currency });
  const scale = 10 ** currencyDigits(report.currency);
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const ratio = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  // Dates are calendar days and instants are shown in UTC, so a report reads the same anywhere.
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return (kind, value) => {
    if (typeof value === 'string') {
      if (kind === 'date') return formatDate(date, `${value}T00:00:00.000Z`, value);
      if (kind === 'datetime') return formatDate(dateTime, value, value);
      return value;
    }
    switch (kind) {
      case 'money':
        return money.format(value / scale);
      case 'integer':
        return integer.format(value);
      case 'ratio':
        return ratio.format(value);
      case 'decimal':
      case 'text':
      case 'date':
      case 'datetime':
        return decimal.format(value);
    }
  };
}

function formatDate(format: Intl.DateTimeFormat, instant: string, fallback: string): string {
  const time = Date.parse(instant);
  return Number.isNaN(time) ? fallback : format.format(time);
}

function isNumeric(kind: ReportColumnKind): boolean {
  return kind === 'integer' || kind === 'decimal' || kind === 'money' || kind === 'ratio';
}

function monthLabel(locale: string, month: string): string {
  const time = Date.parse(`${month}-01T00:00:00.000Z`);
  if (Number.isNaN(time)) return month;
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(time);
}

/** The period in words with its months: "Last 3 months (Sep 2026 – Nov 2026)". */
export function reportPeriodLabel(report: Report): string {
  const { first, last } = report.months;
  const range =
    first === last
      ? monthLabel(report.language, first)
      : `${monthLabel(report.language, first)} – ${monthLabel(report.language, last)}`;
  return `${words[report.language].periods[report.period]} (${range})`;
}

function generatedLabel(report: Report): string {
  const text = words[report.language];
  const at = formatDate(
    new Intl.DateTimeFormat(report.language, {
      dateStyle: 'long',
      timeStyle: 'long',
      timeZone: 'UTC',
    }),
    report.generatedAt,
    report.generatedAt,
  );
  return `${at} ${text.by} ${report.generatedBy}`;
}

const styles = `
@page { size: A4; margin: 18mm 12mm 16mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9pt;
  color: #1a1a1a; margin: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 16pt; margin: 0 0 6pt; }
h2 { font-size: 12pt; margin: 14pt 0 6pt; break-after: avoid; }
h3 { font-size: 10pt; margin: 8pt 0 2pt; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0 0 8pt; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
section { break-before: auto; }
section + section { break-before: page; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border-bottom: 0.5pt solid #ccc; padding: 2pt 4pt; text-align: left; vertical-align: top; }
th { background: #eef2f7; font-weight: bold; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tfoot td { font-weight: bold; border-top: 1pt solid #333; }
.chart { width: 100%; max-width: 170mm; height: auto; display: block; break-inside: avoid; }
.legend span { margin-right: 10pt; }
.legend i { display: inline-block; width: 8pt; height: 8pt; margin-right: 3pt; }
.warnings { border: 1pt solid #d97a1c; padding: 4pt 6pt; margin: 6pt 0; }
.empty { color: #555; font-style: italic; }
`;

/**
 * The report as one self-contained HTML page (inline CSS, charts as inline SVG, no script and
 * no external reference) that Chromium prints to PDF and a browser can print as it is. Every
 * piece of text from the data is escaped.
 */
export function reportHtml(report: Report): string {
  const text = words[report.language];
  const format = cellFormatter(report);
  const meta = [
    [text.scope, report.scopeLabel],
    [text.period, reportPeriodLabel(report)],
    [text.currency, report.currency],
    [text.generated, generatedLabel(report)],
  ]
    .map(
      ([term, value]) =>
        `<dt>${escapeMarkup(term ?? '')}</dt><dd>${escapeMarkup(value ?? '')}</dd>`,
    )
    .join('');
  const warnings =
    report.warnings.length === 0
      ? ''
      : `<div class="warnings"><strong>${escapeMarkup(text.warnings)}</strong><ul>` +
        report.warnings.map((warning) => `<li>${escapeMarkup(warning)}</li>`).join('') +
        '</ul></div>';
  const sections = report.sections.map((sheet) => sectionHtml(sheet, report, format)).join('');
  return (
    `<!DOCTYPE html><html lang="${escapeMarkup(report.language)}"><head><meta charset="utf-8">` +
    `<title>${escapeMarkup(report.title)}</title><style>${styles}</style></head><body>` +
    `<header><h1>${escapeMarkup(report.title)}</h1><dl class="meta">${meta}</dl>${warnings}</header>` +
    `${sections}</body></html>`
  );
}

function sectionHtml(
  sheet: ReportSheet,
  report: Report,
  format: (kind: ReportColumnKind, value: number | string) => string,
): string {
  const text = words[report.language];
  const charts = (sheet.charts ?? []).map((chart) => chartHtml(chart, format)).join('');
  const head = sheet.columns
    .map(
      (column) =>
        `<th${isNumeric(column.kind) ? ' class="num"' : ''} scope="col">${escapeMarkup(column.label)}</th>`,
    )
    .join('');
  const cell = (value: ReportCell, index: number): string => {
    const kind = sheet.columns[index]?.kind ?? 'text';
    const shown = value === null ? '' : escapeMarkup(format(kind, value));
    return isNumeric(kind) ? `<td class="num">${shown}</td>` : `<td>${shown}</td>`;
  };
  // Joined row by row: a 100,000-row section stays one pass over the rows, no nested template.
  const rows: string[] = [];
  for (const row of sheet.rows) rows.push(`<tr>${row.map(cell).join('')}</tr>`);
  const totals = sheet.totals
    ? `<tfoot><tr>${sheet.totals
        .map((value, index) =>
          index === 0 && value === null
            ? `<td>${escapeMarkup(text.total)}</td>`
            : cell(value, index),
        )
        .join('')}</tr></tfoot>`
    : '';
  const table =
    sheet.rows.length === 0
      ? `<p class="empty">${escapeMarkup(text.noRows)}</p>`
      : `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody>${totals}</table>`;
  return (
    `<section data-section="${escapeMarkup(sheet.section)}"><h2>${escapeMarkup(sheet.title)}</h2>` +
    `${charts}${table}</section>`
  );
}

function chartHtml(
  chart: ReportChart,
  format: (kind: ReportColumnKind, value: number | string) => string,
): string {
  const kind = chart.series[0]?.kind ?? 'decimal';
  return `<figure><h3>${escapeMarkup(chart.title)}</h3>${chartSvg(chart, (value) => format(kind, value))}</figure>`;
}

/** Chromium's PDF page header: the report's title. Its templates need explicit font sizes. */
export function pdfHeaderTemplate(report: Report): string {
  return (
    '<div style="font-size:8px;width:100%;padding:0 12mm;color:#555;' +
    'font-family:sans-serif;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">' +
    `${escapeMarkup(report.title)} · ${escapeMarkup(report.scopeLabel)}</div>`
  );
}

/** Chromium's PDF page footer: "Page 2 of 5", filled in by Chromium through the class names. */
export function pdfFooterTemplate(report: Report): string {
  const text = words[report.language];
  return (
    '<div style="font-size:8px;width:100%;padding:0 12mm;color:#555;' +
    'font-family:sans-serif;text-align:right">' +
    `${escapeMarkup(text.page)} <span class="pageNumber"></span> ${escapeMarkup(text.of)} ` +
    '<span class="totalPages"></span></div>'
  );
}
