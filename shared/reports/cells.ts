import { minorDigits } from '../rules/money';

/**
 * A text cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
 * return before one) gets a leading apostrophe: an exported partner name must not run as
 * `=HYPERLINK(...)` when the file is opened (OWASP's CSV injection advice).
 */
export function guardedText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Minor units as a decimal string with the currency's digits, exact (no float division). */
export function moneyDecimal(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const magnitude = Math.abs(Math.round(amountMinor)).toString();
  if (digits === 0) return `${sign}${magnitude}`;
  const padded = magnitude.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** Minor units as a number of major units, for a spreadsheet's numeric cell. */
export function moneyNumber(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorDigits(currency);
}
