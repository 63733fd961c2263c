import type { Static } from 'typebox';
import type { Money } from '../schema/primitives';

/** Digits after the decimal point for a currency (2 for EUR, 0 for JPY), per Intl's data. */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

export function formatMoney(money: Static<typeof Money>, locale: string): string {
  const value = money.amountMinor / 10 ** currencyDigits(money.currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(
    value,
  );
}
