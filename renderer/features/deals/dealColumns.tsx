import type { ColumnDef, SortingFn } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { dealStages, registrationStatuses } from '../../../shared/schema';
import { tableFormatters } from '../../ui/formatters';
import { compareInReporting } from '../../ui/money-order';
import type { DealWithPartner } from './deal-row';

/** The deals table's columns, in the reader's language. */
export function dealColumns(
  t: TFunction,
  locale: string,
  reportingCurrency: string | undefined,
): ColumnDef<DealWithPartner>[] {
  const format = tableFormatters(locale);
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byText: SortingFn<DealWithPartner> = (a, b, columnId) =>
    collator.compare(String(a.getValue(columnId)), String(b.getValue(columnId)));
  const byAmount: SortingFn<DealWithPartner> = (a, b) =>
    compareInReporting(
      a.original.amount,
      a.original.reported,
      b.original.amount,
      b.original.reported,
    );
  const stage = (value: string) => t(`deals.stage.${value}`);
  const registration = (value: string) => t(`deals.registration.${value}`);
  return [
    {
      id: 'customer',
      accessorFn: (deal) => deal.customer,
      header: t('deals.columns.customer'),
      sortingFn: byText,
      enableHiding: false,
    },
    {
      id: 'partner',
      accessorFn: (deal) => deal.partnerName,
      header: t('deals.columns.partner'),
      sortingFn: byText,
      meta: { groupable: true },
    },
    {
      id: 'amount',
      accessorFn: (deal) => deal.amount,
      header: t('deals.columns.amount'),
      // By value in the reporting currency; without rates, within each currency only: ARS and
      // MXN are never compared by face value.
      sortingFn: byAmount,
      sortDescFirst: false,
      cell: ({ row }) => format.money(row.original.amount),
      enableGrouping: false,
      meta: { numeric: true },
    },
    ...(reportingCurrency
      ? [
          {
            id: 'reported',
            accessorFn: (deal) => deal.reported,
            header: t('deals.columns.reported', { currency: reportingCurrency }),
            sortingFn: byAmount,
            sortDescFirst: false,
            cell: ({ row }) => (row.original.reported ? format.money(row.original.reported) : '—'),
            enableGrouping: false,
            meta: { numeric: true },
          } satisfies ColumnDef<DealWithPartner>,
        ]
      : []),
    {
      id: 'currency',
      accessorFn: (deal) => deal.amount.currency,
      header: t('deals.columns.currency'),
      meta: { groupable: true },
    },
    {
      id: 'stage',
      accessorFn: (deal) => stage(deal.stage),
      header: t('deals.columns.stage'),
      // In the order a deal moves through, not by the label's spelling.
      sortingFn: (a, b) =>
        dealStages.indexOf(a.original.stage) - dealStages.indexOf(b.original.stage),
      filterFn: 'equals',
      meta: { filterOptions: dealStages.map(stage), groupable: true },
    },
    {
      id: 'registration',
      accessorFn: (deal) => registration(deal.registrationStatus),
      header: t('deals.columns.registration'),
      sortingFn: (a, b) =>
        registrationStatuses.indexOf(a.original.registrationStatus) -
        registrationStatuses.indexOf(b.original.registrationStatus),
      filterFn: 'equals',
      meta: { filterOptions: registrationStatuses.map(registration), groupable: true },
    },
    {
      id: 'country',
      accessorFn: (deal) => countries.of(deal.country) ?? deal.country,
      header: t('deals.columns.country'),
      sortingFn: byText,
      meta: { groupable: true },
    },
    {
      id: 'registeredAt',
      accessorFn: (deal) => deal.registeredAt,
      header: t('deals.columns.registeredAt'),
      cell: ({ row }) => format.day(row.original.registeredAt),
    },
    {
      id: 'expectedCloseAt',
      accessorFn: (deal) => deal.expectedCloseAt,
      header: t('deals.columns.expectedCloseAt'),
      cell: ({ row }) => format.day(row.original.expectedCloseAt),
    },
    {
      id: 'protectionExpiresAt',
      accessorFn: (deal) => deal.protectionExpiresAt ?? '',
      header: t('deals.columns.protectionExpiresAt'),
      cell: ({ row }) => format.day(row.original.protectionExpiresAt),
    },
    {
      id: 'conflicts',
      accessorFn: (deal) => deal.conflicts,
      header: t('deals.columns.conflicts'),
      cell: ({ row }) => format.integer(row.original.conflicts),
      meta: { numeric: true },
    },
  ];
}

export const DEAL_COLUMNS_HIDDEN = ['country', 'expectedCloseAt', 'conflicts'];
