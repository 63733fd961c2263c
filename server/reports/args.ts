import { parseArgs } from 'node:util';
import {
  reportFormats,
  reportLanguages,
  reportPeriods,
  reportRequestProblems,
  reportSections,
  type ReportRequest,
  type ReportScope,
} from '../../shared/reports/report-request';

export const REPORT_USAGE = `Usage: npm run report -- <scope> --period <period> --format csv|xlsx|pdf --out <path> <source> [options]

Scope (one of):
  --territory <id>     a territory (repeat for several)
  --region <name>      the partners of one region
  --partner <id>       a partner (repeat for several)
Report:
  --period <period>    ${reportPeriods.join(' | ')}
  --sections <a,b,c>   ${reportSections.join(',')} (default: all)
  --format <format>    ${reportFormats.join(' | ')}
  --language <code>    ${reportLanguages.join(' | ')} (default: en)
  --currency <code>    ISO 4217 reporting currency (default: EUR)
  --out <path>         the file to write; for CSV a .zip, or a folder when the path ends with /
Source (one of):
  --store <url> --token <token>
                       the store's sync API as the token's user: only what that user may see
  --database           the store's own database (DATABASE_URL, else PRM_DATA_DIR's PGlite):
                       the report sees EVERY territory and partner, whoever runs it
  --as <user id>       who the report says generated it (default: the token's user; "cli")
Other:
  --chromium <path>    the Chromium that prints PDFs (default: CHROMIUM_PATH, else /usr/bin/chromium)
  --help               this text

Exit codes: 0 written, 1 failed (store or Chromium unreachable), 2 bad arguments,
3 a scope that does not exist or that the user may not see. Nothing is written unless 0.`;

/** Wrong, missing or conflicting flags: exit code 2. */
export class ReportUsageError extends Error {}

export type ReportSource = { kind: 'store'; url: string; token: string } | { kind: 'database' };

export type ReportCommand = {
  request: ReportRequest;
  source: ReportSource;
  out: string;
  generatedBy: string | undefined;
  chromiumPath: string;
};

export type ParsedArguments = { help: true } | ({ help: false } & ReportCommand);

/** Reads the CLI's flags into a checked request; every problem is a ReportUsageError. */
export function parseReportArguments(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): ParsedArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        territory: { type: 'string', multiple: true },
        region: { type: 'string' },
        partner: { type: 'string', multiple: true },
        period: { type: 'string' },
        sections: { type: 'string' },
        format: { type: 'string' },
        language: { type: 'string', default: 'en' },
        currency: { type: 'string', default: 'EUR' },
        out: { type: 'string' },
        store: { type: 'string' },
        token: { type: 'string' },
        database: { type: 'boolean', default: false },
        as: { type: 'string' },
        chromium: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new ReportUsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { help: true };

  const request = {
    scope: scopeOf(values.territory, values.region, values.partner),
    period: required(values.period, '--period'),
    currency: values.currency.toUpperCase(),
    language: values.language,
    sections: values.sections
      ? values.sections.split(',').map((section) => section.trim())
      : [...reportSections],
    format: required(values.format, '--format'),
  };
  const problems = reportRequestProblems(request);
  if (problems.length > 0) {
    throw new ReportUsageError(`The report cannot be built:\n  ${problems.join('\n  ')}`);
  }
  // Checked just above: the candidate is a ReportRequest.
  const checked = request as ReportRequest;
  const out = required(values.out, '--out');
  if (checked.format === 'csv' && !out.endsWith('/') && !out.toLowerCase().endsWith('.zip')) {
    throw new ReportUsageError(
      `--out for csv must be a .zip file or a folder ending with / (got "${out}")`,
    );
  }
  if (checked.format !== 'csv' && out.endsWith('/')) {
    throw new ReportUsageError(
      `--out must name a file for ${checked.format} (got the folder "${out}")`,
    );
  }
  return {
    help: false,
    request: checked,
    source: sourceOf(values.store, values.token, values.database),
    out,
    generatedBy: values.as,
    chromiumPath: values.chromium ?? (env['CHROMIUM_PATH'] || '/usr/bin/chromium'),
  };
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new ReportUsageError(`${flag} is required`);
  return value;
}

function scopeOf(
  territories: string[] | undefined,
  region: string | undefined,
  partners: string[] | undefined,
): ReportScope {
  const given = [territories, region, partners].filter((value) => value !== undefined).length;
  if (given !== 1) {
    throw new ReportUsageError('Give exactly one scope: --territory, --region or --partner');
  }
  if (territories) return { kind: 'territories', territoryIds: territories };
  if (partners) return { kind: 'partners', partnerIds: partners };
  return { kind: 'region', region: region ?? '' };
}

function sourceOf(
  store: string | undefined,
  token: string | undefined,
  database: boolean,
): ReportSource {
  if (database) {
    if (store !== undefined || token !== undefined) {
      throw new ReportUsageError('Give either --database or --store with --token, not both');
    }
    return { kind: 'database' };
  }
  if (store === undefined || token === undefined) {
    throw new ReportUsageError('Give a source: --store <url> --token <token>, or --database');
  }
  let url: URL;
  try {
    url = new URL(store);
  } catch {
    throw new ReportUsageError(`--store must be an http(s) address (got "${store}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ReportUsageError(`--store must be an http(s) address (got "${store}")`);
  }
  return { kind: 'store', url: url.toString().replace(/\/$/, ''), token };
}
