import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateDataset, type Dataset } from '../../server/seed/generate';
import { dashboardFigures, defaultFilters } from '../../shared/figures/dashboard-figures';
import { rateTableOf, reportingIn } from '../../shared/figures/reporting-money';
import { buildReport, ReportScopeError } from '../../shared/reports/build-report';
import { reportCsvFiles, reportCsvZip } from '../../shared/reports/csv';
import type { Report, ReportSheet } from '../../shared/reports/report';
import { reportSections, type ReportRequest } from '../../shared/reports/report-request';
import type { ReportSources } from '../../shared/reports/report-sources';
import { reportXlsx } from '../../shared/reports/xlsx';
import { reportXlsxStreamed } from '../../server/reports/xlsx-stream';

const iberia = 'territory-iberia-latam';
const now = new Date('2026-11-24T00:00:00.000Z');
const today = now.toISOString();

let dataset: Dataset;
let sources: ReportSources;

const request = (overrides: Partial<ReportRequest> = {}): ReportRequest => ({
  scope: { kind: 'territories', territoryIds: [iberia] },
  period: 'last_12_months',
  currency: 'EUR',
  language: 'en',
  sections: [...reportSections],
  format: 'xlsx',
  ...overrides,
});

const build = (overrides: Partial<ReportRequest> = {}, from: ReportSources = sources) =>
  buildReport(from, request(overrides), { today, generatedBy: 'Ana Test' });

const sheetOf = (report: Report, section: string): ReportSheet => {
  const sheet = report.sections.find((candidate) => candidate.section === section);
  if (!sheet) throw new Error(`no ${section} sheet`);
  return sheet;
};

/**
 * The test's own conversion, written apart from shared/rules/money: the latest rate on or
 * before the first day of the deal's registration month, amount × to / from in floats, rounded
 * half away from zero. Every demo currency has two minor digits except CLP and COP... so the
 * digits come from Intl here too.
 */
function independentConvert(amountMinor: number, currency: string, at: string, target: string) {
  const table = dataset.territories.find((territory) => territory.id === iberia)?.exchangeRates;
  if (!table) throw new Error('no rates');
  const onDate = `${at.slice(0, 7)}-01`;
  const rate = (code: string) => {
    if (code === table.baseCurrency) return 1;
    const valid = table.rates
      .filter((entry) => entry.currency === code && entry.validOn <= onDate)
      .sort((a, b) => b.validOn.localeCompare(a.validOn));
    return valid[0]?.unitsPerBase;
  };
  const from = rate(currency);
  const to = rate(target);
  if (from === undefined || to === undefined) return null;
  const digits = (code: string) =>
    new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  const major = amountMinor / 10 ** digits(currency);
  const value = (major * to) / from;
  const minor = value * 10 ** digits(target);
  return Math.sign(minor) * Math.round(Math.abs(minor));
}

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types load's argument as an ArrayBuffer: hand it exactly the written bytes.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  await workbook.xlsx.load(copy.buffer);
  return workbook;
}

beforeAll(() => {
  dataset = generateDataset({ scale: 'demo', seed: DEFAULT_SEED, now });
  sources = {
    territories: dataset.territories,
    partners: dataset.partners,
    programs: dataset.programs,
    deals: dataset.deals,
    requests: dataset.requests,
    funds: dataset.funds,
    contacts: dataset.contacts,
    users: dataset.users,
  };
});

describe('a territory report from the demo data', () => {
  it('counts the same summary as the dashboard for the same partners and period', () => {
    const report = build();
    const partners = dataset.partners.filter((partner) => partner.territoryId === iberia);
    expect(report.partnerIds.sort()).toEqual(partners.map((partner) => partner.id).sort());
    const figures = dashboardFigures(
      dataset.territories,
      partners,
      { ...defaultFilters, period: 'last_12_months' },
      today,
      reportingIn('EUR', rateTableOf(dataset.territories)),
    );
    const summary = sheetOf(report, 'summary');
    const value = (label: string, column: number) =>
      summary.rows.find((row) => row[0] === label)?.[column];
    expect(figures.revenue.total.amountMinor).toBeGreaterThan(0);
    expect(value('Revenue', 1)).toBe(figures.revenue.total.amountMinor);
    expect(value('Pipeline', 1)).toBe(figures.pipeline.total.amountMinor);
    expect(value('MDF paid', 1)).toBe(figures.mdfPaid.total.amountMinor);
    expect(value('Registrations submitted', 2)).toBe(figures.registered);
    expect(value('Deals won', 2)).toBe(figures.won);
    expect(value('Requests decided within SLA', 2)).toBe(figures.decidedInSla);
    expect(summary.charts?.[0]?.series[0]?.values).toEqual(
      figures.months.map((month) => month.revenueMinor),
    );
    // The scorecards add up to the summary, as the dashboard's drill-down does.
    const scorecards = sheetOf(report, 'partners');
    const revenueColumn = scorecards.columns.findIndex((column) => column.key === 'revenue');
    expect(scorecards.totals?.[revenueColumn]).toBe(figures.revenue.total.amountMinor);
    // And the deals registered in the period are the registrations the dashboard counts.
    const deals = sheetOf(report, 'deals');
    const submitted = deals.rows.filter((row) => row[4] !== 'draft').length;
    expect(submitted).toBe(figures.registered);
  });

  it('writes CSV and XLSX whose deal totals equal an independent sum of the raw deals', async () => {
    const report = build();
    const ids = new Set(report.partnerIds);
    const first = report.months.first;
    const last = report.months.last;
    let expected = 0;
    let unconvertible = 0;
    for (const deal of dataset.deals) {
      const month = deal.registeredAt.slice(0, 7);
      if (!ids.has(deal.partnerId) || month < first || month > last) continue;
      const converted = independentConvert(
        deal.amount.amountMinor,
        deal.amount.currency,
        deal.registeredAt,
        'EUR',
      );
      if (converted === null) unconvertible += 1;
      else expected += converted;
    }
    expect(expected).toBeGreaterThan(0);
    const deals = sheetOf(report, 'deals');
    const amountIndex = deals.columns.findIndex((column) => column.key === 'amount');
    expect(deals.totals?.[amountIndex]).toBe(expected);
    if (unconvertible > 0) expect(report.warnings.join(' ')).toMatch(/could not be converted/);

    // CSV, read back with csv-parse.
    const files = reportCsvFiles(report);
    expect(files.map((file) => file.name)).toHaveLength(report.sections.length);
    const dealsFile = files.find((file) => file.name.endsWith('-deals.csv'));
    if (!dealsFile) throw new Error('no deals CSV');
    expect([...dealsFile.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = strFromU8(dealsFile.bytes);
    expect(text).toContain('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\ndeal-/);
    const records: string[][] = parse(text, { bom: true });
    expect(records[0]).toEqual(deals.columns.map((column) => column.label));
    expect(records).toHaveLength(deals.rows.length + 2);
    const csvRowsSum = records
      .slice(1, -1)
      .reduce((sum, record) => sum + Math.round(Number(record[amountIndex] || 0) * 100), 0);
    expect(csvRowsSum).toBe(expected);
    const totalRecord = records[records.length - 1];
    expect(totalRecord?.[0]).toBe('Total');
    expect(Math.round(Number(totalRecord?.[amountIndex]) * 100)).toBe(expected);
    const zipped = unzipSync(reportCsvZip(report));
    expect(Object.keys(zipped).sort()).toEqual(files.map((file) => file.name).sort());

    // XLSX, read back with exceljs: the app's in-memory workbook and the CLI's streamed one.
    for (const writeXlsx of [reportXlsx, reportXlsxStreamed]) {
      const workbook = await readWorkbook(await writeXlsx(report));
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
        // Excel allows 31 characters in a sheet's name.
        report.sections.map((sheet) => sheet.title.slice(0, 31)),
      );
      const worksheet = workbook.getWorksheet(deals.title);
      if (!worksheet) throw new Error('no deals worksheet');
      expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(worksheet.autoFilter).toBeTruthy();
      let xlsxRowsSum = 0;
      for (let row = 2; row <= deals.rows.length + 1; row += 1) {
        const cell = worksheet.getRow(row).getCell(amountIndex + 1);
        if (typeof cell.value === 'number') xlsxRowsSum += Math.round(cell.value * 100);
      }
      expect(xlsxRowsSum).toBe(expected);
      const amountCell = worksheet.getRow(2).getCell(amountIndex + 1);
      expect(amountCell.numFmt).toContain('EUR');
      expect(worksheet.getRow(2).getCell(7).value).toBeInstanceOf(Date);
      const total = worksheet.getRow(deals.rows.length + 2).getCell(amountIndex + 1).value;
      const letter = String.fromCharCode(65 + amountIndex);
      expect(total).toMatchObject({ formula: `SUM(${letter}2:${letter}${deals.rows.length + 1})` });
      const result = (total as { result?: unknown }).result;
      expect(typeof result === 'number' ? Math.round(result * 100) : null).toBe(expected);
    }
  }, 60_000);

  it('writes Spanish labels when asked in Spanish', async () => {
    const report = build({ language: 'es' });
    expect(report.title).toMatch(/^Informe de territorio/);
    const summary = sheetOf(report, 'summary');
    expect(summary.title).toBe('Resumen');
    expect(summary.rows.map((row) => row[0])).toContain('Ingresos');
    const files = reportCsvFiles(report);
    const deals = files.find((file) => file.name.endsWith('-deals.csv'));
    expect(deals?.name).toMatch(/^informe-de-territorio-/);
    const records: string[][] = parse(strFromU8(deals?.bytes ?? new Uint8Array()), { bom: true });
    expect(records[0]).toContain('Socio');
    expect(records[records.length - 1]?.[0]).toBe('Total');
    const workbook = await readWorkbook(await reportXlsx(report));
    expect(workbook.worksheets[0]?.name).toBe('Resumen');
  });

  it('keeps hostile partner text intact and inert in CSV and XLSX', async () => {
    const hostile = '=HYPERLINK("http://x","a, b")\n"quoted"; line';
    const target = dataset.partners.find((partner) => partner.territoryId === iberia);
    if (!target) throw new Error('no partner');
    const partners = dataset.partners.map((partner) =>
      partner.id === target.id ? { ...partner, name: hostile } : partner,
    );
    const report = build(
      { scope: { kind: 'partners', partnerIds: [target.id] }, sections: ['certifications'] },
      { ...sources, partners },
    );
    const file = reportCsvFiles(report)[0];
    if (!file) throw new Error('no file');
    const records: string[][] = parse(strFromU8(file.bytes), { bom: true });
    expect(records).toHaveLength(3);
    expect(records[1]?.[0]).toBe(`'${hostile}`);
    const workbook = await readWorkbook(await reportXlsx(report));
    const cell = workbook.worksheets[0]?.getRow(2).getCell(1);
    expect(cell?.value).toBe(`'${hostile}`);
    expect(cell?.formula).toBeUndefined();
  });

  it('says which amounts it could not convert instead of dropping them silently', () => {
    const territories = dataset.territories.map((territory) => ({
      ...territory,
      exchangeRates: {
        ...territory.exchangeRates,
        rates: territory.exchangeRates.rates.filter((rate) => rate.currency !== 'BRL'),
      },
    }));
    const report = build({}, { ...sources, territories });
    const deals = sheetOf(report, 'deals');
    const amountIndex = deals.columns.findIndex((column) => column.key === 'amount');
    const brl = new Set(
      dataset.deals.filter((deal) => deal.amount.currency === 'BRL').map((deal) => deal.id),
    );
    const brlRows = deals.rows.filter((row) => brl.has(String(row[0])));
    expect(brlRows.length).toBeGreaterThan(0);
    for (const row of brlRows) expect(row[amountIndex]).toBeNull();
    expect(report.warnings).toContainEqual(
      expect.stringMatching(
        new RegExp(`^Deals and registrations: ${brlRows.length} amounts in BRL could not`),
      ),
    );
    expect(report.warnings.some((warning) => warning.startsWith('Summary:'))).toBe(true);
  });

  it('refuses a scope the sources do not hold, naming it', () => {
    expect(() =>
      build({ scope: { kind: 'territories', territoryIds: ['territory-mars'] } }),
    ).toThrow(new ReportScopeError('Unknown territory: territory-mars'));
    expect(() => build({ scope: { kind: 'partners', partnerIds: ['partner-nobody'] } })).toThrow(
      /Unknown partner: partner-nobody/,
    );
    expect(() => build({ scope: { kind: 'region', region: 'Atlantis' } })).toThrow(
      ReportScopeError,
    );
  });

  it('reports progress per section and stops when cancelled', () => {
    const stages: string[] = [];
    buildReport(sources, request(), {
      today,
      generatedBy: 'Ana',
      onProgress: (_done, stage) => stages.push(stage),
    });
    expect(stages).toEqual([...reportSections, 'done']);
    const signal = { aborted: false };
    expect(() =>
      buildReport(sources, request(), {
        today,
        generatedBy: 'Ana',
        signal,
        onProgress: (_done, stage) => {
          if (stage === 'deals') signal.aborted = true;
        },
      }),
    ).toThrow(expect.objectContaining({ name: 'AbortError' }));
  });
});
