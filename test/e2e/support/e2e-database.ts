/** Where the end-to-end store keeps its data: a schema of the machine's PostgreSQL. */
export const e2eAdminUrl =
  process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/test';

export const e2eSchema = process.env['E2E_SCHEMA'] ?? 'e2e_store';

export function e2eDatabaseUrl(schema = e2eSchema): string {
  const url = new URL(e2eAdminUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}
