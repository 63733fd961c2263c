import type { Static } from 'typebox';
import { currencyDigits } from '../../shared/format/money';
import type { Money } from '../../shared/schema/primitives';

/**
 * Formatters made once per table and locale rather than once per cell: a table scrolling
 * through 100,000 rows would otherwise build an Intl formatter for every cell it paints.
 */
export function tableFormatters(locale: string) {
  const byCurrency = new Map<string, { format: Intl.NumberFormat; scale: number }>();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const integer = new Intl.NumberFormat(locale);
  return {
    money(money: Static<typeof Money>): string {
      let entry = byCurrency.get(money.currency);
      if (!entry) {
        entry = {
          format: new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }),
          scale: 10 ** currencyDigits(money.currency),
        };
        byCurrency.set(money.currency, entry);
      }
      return entry.format.format(money.amountMinor / entry.scale);
    },
    /** A calendar day from an ISO instant or date; an absent one as a dash. */
    day(iso: string | null): string {
      return iso ? day.format(new Date(iso)) : '—';
    },
    integer(value: number): string {
      return integer.format(value);
    },
  };
}

export type TableFormatters = ReturnType<typeof tableFormatters>;
