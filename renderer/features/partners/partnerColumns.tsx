import type { ColumnDef, SortingFn } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { formatMoney } from '../../../shared/format/money';
import { formatDateTime } from '../../../shared/format/time';
import { partnerTiers, type Partner } from '../../../shared/schema';

export function partnerColumns(t: TFunction, locale: string): ColumnDef<Partner>[] {
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  // Names sort as people read them in this language ("Cénit" between "Ceiba" and "Costa").
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byText: SortingFn<Partner> = (a, b, columnId) =>
    collator.compare(String(a.getValue(columnId)), String(b.getValue(columnId)));
  return [
    {
      id: 'name',
      accessorFn: (partner) => partner.name,
      header: t('partners.columns.name'),
      sortingFn: byText,
    },
    {
      id: 'type',
      accessorFn: (partner) => t(`partners.type.${partner.type}`),
      header: t('partners.columns.type'),
      sortingFn: byText,
    },
    {
      id: 'tier',
      accessorFn: (partner) => t(`partners.tier.${partner.tier}`),
      header: t('partners.columns.tier'),
      // By rank, from registered up to platinum, not by the label's spelling.
      sortingFn: (a, b) =>
        partnerTiers.indexOf(a.original.tier) - partnerTiers.indexOf(b.original.tier),
      cell: ({ row }) => (
        <span className={`tier tier--${row.original.tier}`}>
          {t(`partners.tier.${row.original.tier}`)}
        </span>
      ),
    },
    {
      id: 'status',
      accessorFn: (partner) => t(`partners.status.${partner.status}`),
      header: t('partners.columns.status'),
      sortingFn: byText,
    },
    {
      id: 'location',
      accessorFn: (partner) =>
        `${partner.city}, ${countries.of(partner.country) ?? partner.country}`,
      header: t('partners.columns.location'),
      sortingFn: byText,
    },
    {
      id: 'revenueYtd',
      // Sorted by amount; mixed currencies sort by face value until rates are modelled.
      accessorFn: (partner) => partner.revenueYtd.amountMinor,
      header: t('partners.columns.revenueYtd'),
      cell: ({ row }) => formatMoney(row.original.revenueYtd, locale),
      enableGlobalFilter: false,
      meta: { numeric: true },
    },
    {
      id: 'updatedAt',
      accessorFn: (partner) => partner.updatedAt,
      header: t('partners.columns.updatedAt'),
      cell: ({ row }) => formatDateTime(row.original.updatedAt, locale),
      enableGlobalFilter: false,
    },
  ];
}
