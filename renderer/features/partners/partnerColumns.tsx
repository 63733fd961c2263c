import type { ColumnDef, SortingFn } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../../shared/format/time';
import { partnerStatuses, partnerTiers, partnerTypes, type Partner } from '../../../shared/schema';
import type { Static } from 'typebox';
import type { Money } from '../../../shared/schema/primitives';
import { tableFormatters } from '../../ui/formatters';
import { compareInReporting } from '../../ui/money-order';

/** Revenue this year in the reporting currency, by partner id (null: no rate to convert it). */
export type ReportedRevenue = {
  currency: string;
  of: ReadonlyMap<string, Static<typeof Money> | null>;
};

export function partnerColumns(
  t: TFunction,
  locale: string,
  reported: ReportedRevenue | undefined,
): ColumnDef<Partner>[] {
  const format = tableFormatters(locale);
  const reportedOf = (partner: Partner) => reported?.of.get(partner.id) ?? null;
  const byRevenue: SortingFn<Partner> = (a, b) =>
    compareInReporting(
      a.original.revenueYtd,
      reportedOf(a.original),
      b.original.revenueYtd,
      reportedOf(b.original),
    );
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  const countryName = (code: string) => countries.of(code) ?? code;
  // Names sort as people read them in this language ("Cénit" between "Ceiba" and "Costa").
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byText: SortingFn<Partner> = (a, b, columnId) =>
    collator.compare(String(a.getValue(columnId)), String(b.getValue(columnId)));
  const label = (group: string) => (value: string) => t(`partners.${group}.${value}`);
  return [
    {
      id: 'name',
      accessorFn: (partner) => partner.name,
      header: t('partners.columns.name'),
      sortingFn: byText,
      enableHiding: false,
    },
    {
      id: 'type',
      accessorFn: (partner) => t(`partners.type.${partner.type}`),
      header: t('partners.columns.type'),
      sortingFn: byText,
      filterFn: 'equals',
      meta: { filterOptions: partnerTypes.map(label('type')), groupable: true },
    },
    {
      id: 'tier',
      accessorFn: (partner) => t(`partners.tier.${partner.tier}`),
      header: t('partners.columns.tier'),
      // By rank, from registered up to platinum, not by the label's spelling.
      sortingFn: (a, b) =>
        partnerTiers.indexOf(a.original.tier) - partnerTiers.indexOf(b.original.tier),
      filterFn: 'equals',
      meta: { filterOptions: partnerTiers.map(label('tier')), groupable: true },
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
      filterFn: 'equals',
      meta: { filterOptions: partnerStatuses.map(label('status')), groupable: true },
    },
    {
      id: 'location',
      accessorFn: (partner) => `${partner.city}, ${countryName(partner.country)}`,
      header: t('partners.columns.location'),
      sortingFn: byText,
    },
    {
      id: 'country',
      accessorFn: (partner) => countryName(partner.country),
      header: t('partners.columns.country'),
      sortingFn: byText,
      meta: { groupable: true },
    },
    {
      id: 'region',
      accessorFn: (partner) => partner.region,
      header: t('partners.columns.region'),
      sortingFn: byText,
      meta: { groupable: true },
    },
    {
      id: 'revenueYtd',
      accessorFn: (partner) => partner.revenueYtd,
      header: t('partners.columns.revenueYtd'),
      // By value in the reporting currency; without rates, within each currency only: ARS and
      // MXN are never compared by face value.
      sortingFn: byRevenue,
      sortDescFirst: false,
      cell: ({ row }) => format.money(row.original.revenueYtd),
      enableGrouping: false,
      meta: { numeric: true },
    },
    ...(reported
      ? [
          {
            id: 'revenueReported',
            accessorFn: (partner) => reportedOf(partner),
            header: t('partners.columns.revenueReported', { currency: reported.currency }),
            sortingFn: byRevenue,
            sortDescFirst: false,
            cell: ({ row }) => {
              const amount = reportedOf(row.original);
              return amount ? format.money(amount) : '—';
            },
            enableGrouping: false,
            meta: { numeric: true },
          } satisfies ColumnDef<Partner>,
        ]
      : []),
    {
      id: 'currency',
      accessorFn: (partner) => partner.revenueYtd.currency,
      header: t('partners.columns.currency'),
      meta: { groupable: true },
    },
    {
      id: 'updatedAt',
      accessorFn: (partner) => partner.updatedAt,
      header: t('partners.columns.updatedAt'),
      cell: ({ row }) => formatDateTime(row.original.updatedAt, locale),
    },
  ];
}

/** What a partner is found by in the search: its name, city, country code and region. */
export function partnerSearchText(partner: Partner): string {
  return `${partner.name} ${partner.city} ${partner.country} ${partner.region}`;
}

/** Shown once a person asks for them in the column chooser. */
export const PARTNER_COLUMNS_HIDDEN = ['country', 'region', 'currency'];
