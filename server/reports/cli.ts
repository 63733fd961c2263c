import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReport, ReportScopeError } from './report-core';
import { ConfigError } from '../config';
import { parseReportArguments, REPORT_USAGE, ReportUsageError, type ReportCommand } from './args';
import { checkScope, ReportScopeRefused } from './scope-check';
import { ReportSourceError, type CliSources } from './sources';
import { sourcesFromDatabase } from './sources-from-database';
import { sourcesFromStore } from './sources-from-store';
import { reportOutputFiles, writeOutputFiles } from './write-output';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_SCOPE = 3;

export type ReportCliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  now?: () => Date;
  fetch?: typeof fetch;
};

/** `npm run report -- ...` (docs/reports.md): builds one report and writes it; the exit code. */
export async function main(argv: readonly string[], io: ReportCliIo): Promise<number> {
  let command: ReportCommand;
  try {
    const parsed = parseReportArguments(argv, io.env);
    if (parsed.help) {
      io.out(`${REPORT_USAGE}\n`);
      return EXIT_OK;
    }
    command = parsed;
  } catch (error) {
    if (error instanceof ReportUsageError) {
      io.err(`${error.message}\n\n${REPORT_USAGE}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  try {
    const written = await runReport(command, io);
    io.out(`${written.map((file) => `Wrote ${file}`).join('\n')}\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof ReportScopeRefused || error instanceof ReportScopeError) {
      io.err(`${error.message}\n`);
      return EXIT_SCOPE;
    }
    if (
      error instanceof ReportSourceError ||
      error instanceof ConfigError ||
      error instanceof ReportUsageError
    ) {
      io.err(`${error.message}\n`);
      return error instanceof ReportUsageError ? EXIT_USAGE : EXIT_FAILED;
    }
    io.err(`The report failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILED;
  }
}

async function runReport(command: ReportCommand, io: ReportCliIo): Promise<string[]> {
  const { request, source } = command;
  let sources: CliSources;
  let viewer: { userId: string } | 'everything';
  if (source.kind === 'store') {
    const userId = command.generatedBy ?? tokenSubject(source.token);
    if (userId === undefined) {
      throw new ReportUsageError(
        '--token is not an access token (no subject): give --as <user id>',
      );
    }
    sources = await sourcesFromStore(source.url, source.token, io.fetch);
    viewer = { userId };
  } else {
    sources = await sourcesFromDatabase(io.env);
    viewer = 'everything';
  }
  checkScope(request.scope, sources, viewer);
  const now = (io.now ?? (() => new Date()))();
  const generatedById = command.generatedBy ?? (viewer === 'everything' ? 'cli' : viewer.userId);
  const user = sources.users.find((candidate) => candidate.id === generatedById);
  const report = buildReport(sources, request, {
    today: now.toISOString().slice(0, 10),
    generatedBy: user ? `${user.name} (${user.id})` : generatedById,
  });
  const files = await reportOutputFiles(report, request.format, command.out, command.chromiumPath);
  await writeOutputFiles(files);
  return files.map((file) => file.path);
}

/** The user a JWT names (`sub`), read without checking it: the store checks it on every pull. */
export function tokenSubject(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof claims !== 'object' || claims === null || !('sub' in claims)) return undefined;
    return typeof claims.sub === 'string' && claims.sub !== '' ? claims.sub : undefined;
  } catch {
    return undefined;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  process.exitCode = await main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
  });
}
