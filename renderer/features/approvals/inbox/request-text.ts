import type { TFunction } from 'i18next';
import { formatMoney } from '../../../../shared/format/money';
import type { InboxEntry } from './inbox-entry';

type TitleFields = Pick<InboxEntry, 'type' | 'amount'>;

/**
 * A request's title in the reader's language, composed from its fields (type, partner, amount
 * in its own currency) rather than the English title the store holds.
 */
export function requestTitle(
  t: TFunction,
  request: TitleFields,
  partnerName: string | undefined,
  locale: string,
): string {
  const type = t(`approvals.type.${request.type}`);
  const partner = partnerName ?? '…';
  return request.amount
    ? t('approvals.rowTitle', { type, partner, amount: formatMoney(request.amount, locale) })
    : t('approvals.rowTitleNoAmount', { type, partner });
}

const hour = 3_600_000;
const day = 24 * hour;

/** "3 days", "5 hours", "20 minutes": how long past due, in the largest sensible unit. */
export function formatOverdue(milliseconds: number, locale: string): string {
  const [value, unit] =
    milliseconds >= 2 * day
      ? [Math.floor(milliseconds / day), 'day']
      : milliseconds >= hour
        ? [Math.floor(milliseconds / hour), 'hour']
        : [Math.max(1, Math.floor(milliseconds / 60_000)), 'minute'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
