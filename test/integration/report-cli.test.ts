import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app';
import type { Database } from '../../server/db/database';
import { currencyDigits } from '../../shared/format/money';
import type { Report } from '../../shared/reports/report';
import { buildReport } from '../../server/reports/report-core';
import { sourcesFromDatabase } from '../../server/reports/sources-from-database';
import { EXIT_OK, EXIT_SCOPE, EXIT_USAGE, main } from '../../server/reports/cli';
import { seedDemoIfEmpty } from '../../server/seed/demo';
import { testAuth, tokenFor } from '../support/auth';
import { chromiumPath } from '../support/chromium';
import { createTestDatabase, type TestDatabase } from '../support/databases';

const iberia = 'territory-iberia-latam';
const naWest = 'territory-na-west';
const ana = { userId: 'user-cam-ana', role: 'cam', territoryIds: [iberia] } as const;

let testDatabase: TestDatabase;
let database: Database;
let app: App;
let storeUrl: string;
let anaToken: string;
let folder: string;

beforeAll(async () => {
  testDatabase = await createTestDatabase('postgres');
  database = await testDatabase.open();
  app = await buildApp({ database, corsOrigins: [], auth: testAuth });
  await seedDemoIfEmpty(database, app.stores);
  storeUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  anaToken = await tokenFor(app, ana);
}, 120_000);

afterAll(async () => {
  await app.close();
  await database.close();
  await testDatabase.drop();
});

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'report-cli-'));
  return () => rm(folder, { recursive: true, force: true });
});

/** The summary's first money figure (its total, else its first row) as the PDF formats it. */
function summaryRevenue(report: Report): string {
  const summary = report.sections.find((sheet) => sheet.section === 'summary');
  const column = summary?.columns.findIndex((candidate) => candidate.kind === 'money') ?? -1;
  const value = summary?.totals?.[column] ?? summary?.rows[0]?.[column];
  if (typeof value !== 'number') throw new Error('The summary has no money figure');
  const format = new Intl.NumberFormat(report.language, {
    style: 'currency',
    currency: report.currency,
  });
  return format.format(value / 10 ** currencyDigits(report.currency));
}

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const env = {
    ...(chromiumPath ? { CHROMIUM_PATH: chromiumPath } : {}),
    ...(testDatabase.url ? { DATABASE_URL: testDatabase.url } : {}),
  };
  const code = await main(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env,
    now: () => new Date(),
  });
  return { code, out: out.join(''), err: err.join('') };
}

function asAna(...argv: string[]): string[] {
  return ['--store', storeUrl, '--token', anaToken, ...argv];
}

describe('npm run report: refusals', () => {
  it.each([
    [['--period', 'last_3_months', '--format', 'pdf'], EXIT_USAGE, 'Give exactly one scope'],
    [
      ['--territory', iberia, '--region', 'x', '--period', 'last_3_months', '--format', 'pdf'],
      EXIT_USAGE,
      'Give exactly one scope',
    ],
    [['--territory', iberia, '--format', 'pdf'], EXIT_USAGE, '--period is required'],
    [['--territory', iberia, '--period', 'last_week', '--format', 'pdf'], EXIT_USAGE, '/period'],
    [
      ['--territory', iberia, '--period', 'last_3_months', '--format', 'docx'],
      EXIT_USAGE,
      '/format',
    ],
    [
      [
        '--territory',
        iberia,
        '--period',
        'last_3_months',
        '--format',
        'pdf',
        '--sections',
        'summary,gossip',
      ],
      EXIT_USAGE,
      '/sections',
    ],
    [
      ['--territory', iberia, '--period', 'last_3_months', '--format', 'pdf', '--language', 'fr'],
      EXIT_USAGE,
      '/language',
    ],
    [
      ['--territory', iberia, '--period', 'last_3_months', '--format', 'csv', '--out-name', 'x'],
      EXIT_USAGE,
      "Unknown option '--out-name'",
    ],
    [
      ['--territory', iberia, '--period', 'last_3_months', '--format', 'csv', 'report.csv'],
      EXIT_USAGE,
      'Unexpected argument',
    ],
  ])('%j exits %i saying "%s"', async (argv, code, message) => {
    const result = await run(asAna(...argv, '--out', path.join(folder, 'report.pdf')));
    expect(result.code).toBe(code);
    expect(result.err).toContain(message);
    expect(await readdir(folder)).toEqual([]);
  });

  it.each([
    [['--out', 'report.csv'], 'a .zip file or a folder'],
    [[], '--out is required'],
  ])('CSV with %j exits 2 saying "%s"', async (argv, message) => {
    const result = await run(
      asAna('--territory', iberia, '--period', 'last_3_months', '--format', 'csv', ...argv),
    );
    expect([result.code, result.err.includes(message)]).toEqual([EXIT_USAGE, true]);
  });

  it('needs a source, and only one', async () => {
    const base = [
      '--territory',
      iberia,
      '--period',
      'last_3_months',
      '--format',
      'pdf',
      '--out',
      path.join(folder, 'r.pdf'),
    ];
    expect((await run(base)).err).toContain('Give a source');
    expect((await run(['--database', ...asAna(...base)])).err).toContain('not both');
    expect(await readdir(folder)).toEqual([]);
  });

  it("refuses a territory the token's user does not hold (exit 3), writing nothing", async () => {
    const result = await run(
      asAna(
        '--territory',
        naWest,
        '--period',
        'last_12_months',
        '--format',
        'xlsx',
        '--out',
        path.join(folder, 'r.xlsx'),
      ),
    );
    expect(result.code).toBe(EXIT_SCOPE);
    expect(result.err).toContain(`territory ${naWest} is not in what user user-cam-ana may see`);
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses a region and a partner the user may not see (exit 3)', async () => {
    const region = await run(
      asAna(
        '--region',
        'North America',
        '--period',
        'last_12_months',
        '--format',
        'xlsx',
        '--out',
        path.join(folder, 'r.xlsx'),
      ),
    );
    expect([region.code, region.err]).toEqual([
      EXIT_SCOPE,
      expect.stringContaining('region "North America" is not in what user user-cam-ana may see'),
    ]);
    const [naPartner] = await database.query<{ id: string }>(
      `SELECT id FROM partners WHERE territory_id = $1 LIMIT 1`,
      [naWest],
    );
    const partner = await run(
      asAna(
        '--partner',
        naPartner?.id ?? 'none',
        '--period',
        'last_12_months',
        '--format',
        'xlsx',
        '--out',
        path.join(folder, 'r.xlsx'),
      ),
    );
    expect(partner.code).toBe(EXIT_SCOPE);
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses a territory the database does not hold (exit 3)', async () => {
    const result = await run([
      '--database',
      '--territory',
      'territory-atlantis',
      '--period',
      'last_3_months',
      '--format',
      'xlsx',
      '--out',
      path.join(folder, 'r.xlsx'),
    ]);
    expect(result.code).toBe(EXIT_SCOPE);
    expect(result.err).toContain(
      "territory territory-atlantis does not exist in the store's database",
    );
    expect(await readdir(folder)).toEqual([]);
  });

  it('prints its usage on --help, naming what --database sees', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(EXIT_OK);
    expect(result.out).toContain('EVERY territory');
  });
});

describe('npm run report: outputs', () => {
  it('writes an XLSX of every section from what Ana may see', async () => {
    const out = path.join(folder, 'iberia.xlsx');
    const result = await run(
      asAna('--territory', iberia, '--period', 'last_12_months', '--format', 'xlsx', '--out', out),
    );
    expect(result).toMatchObject({ code: EXIT_OK, err: '' });
    const workbook = new ExcelJS.Workbook();
    const bytes = await readFile(out);
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    expect(workbook.worksheets.length).toBe(8);
    expect(await readdir(folder)).toEqual(['iberia.xlsx']);
  });

  it('writes CSV as a zip, and as a folder of files', async () => {
    const zip = path.join(folder, 'r.zip');
    const zipped = await run(
      asAna(
        '--territory',
        iberia,
        '--period',
        'last_3_months',
        '--format',
        'csv',
        '--sections',
        'summary,deals',
        '--out',
        zip,
      ),
    );
    expect(zipped.code).toBe(EXIT_OK);
    expect(Object.keys(unzipSync(await readFile(zip)))).toHaveLength(2);
    const into = `${path.join(folder, 'csv')}/`;
    const files = await run(
      asAna(
        '--territory',
        iberia,
        '--period',
        'last_3_months',
        '--format',
        'csv',
        '--sections',
        'summary,deals',
        '--out',
        into,
      ),
    );
    expect(files.code).toBe(EXIT_OK);
    expect(await readdir(into)).toHaveLength(2);
  });

  it.each([
    ['en', 'Page'],
    ['es', 'Página'],
  ] as const)(
    'prints a %s PDF whose text holds the title, the revenue and "%s"',
    async (language, page) => {
      const out = path.join(folder, `summary-${language}.pdf`);
      const result = await run([
        '--database',
        '--as',
        'user-cam-ana',
        '--territory',
        iberia,
        '--period',
        'last_12_months',
        '--sections',
        'summary',
        '--format',
        'pdf',
        '--language',
        language,
        '--currency',
        'EUR',
        '--out',
        out,
      ]);
      expect(result).toMatchObject({ code: EXIT_OK, err: '' });
      const { text } = await extractText(new Uint8Array(await readFile(out)), { mergePages: true });
      expect(text).toContain(page);
      expect(text).toContain('Ana García');
      // The report the PDF printed, built again from the same data: its title and revenue show.
      const report = buildReport(
        await sourcesFromDatabase({ DATABASE_URL: testDatabase.url }),
        {
          scope: { kind: 'territories', territoryIds: [iberia] },
          period: 'last_12_months',
          sections: ['summary'],
          format: 'pdf',
          language,
          currency: 'EUR',
        },
        { today: new Date().toISOString().slice(0, 10), generatedBy: 'x' },
      );
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(report.title.replace(/\s+/g, ' '));
      expect(flat).toContain(summaryRevenue(report).replace(/\s+/g, ' '));
    },
    60_000,
  );
});
