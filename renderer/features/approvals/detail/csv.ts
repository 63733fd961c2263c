/**
 * CSV as RFC 4180 writes it: CRLF between records, a field quoted when it holds a comma, a
 * quote, a line break or edge spaces, quotes doubled inside. Safe to open in a spreadsheet: a
 * field that would start a formula (=, +, -, @, or a tab or carriage return before one, OWASP's
 * list) gets a leading apostrophe, so it is shown as text and never evaluated.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(records: readonly (readonly string[])[]): string {
  return records.map((record) => record.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** UTF-8 with a byte order mark, which spreadsheets need to read accents right. */
export function csvBytes(csv: string): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${csv}`);
}
