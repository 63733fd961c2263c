import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { requestStatuses, requestTypes, type Request } from '../../../shared/schema';
import { DataTable } from '../../ui/DataTable';
import { tableFormatters } from '../../ui/formatters';
import { compareMoneyWithinCurrency } from '../../ui/money-order';
import { Section } from './Section';

function requestColumns(t: TFunction, locale: string): ColumnDef<Request>[] {
  const format = tableFormatters(locale);
  const type = (value: string) => t(`p360.requests.type.${value}`);
  const status = (value: string) => t(`deals.registration.${value}`);
  return [
    { id: 'title', accessorFn: (request) => request.title, header: t('p360.requests.title') },
    {
      id: 'type',
      accessorFn: (request) => type(request.type),
      header: t('p360.requests.kind'),
      filterFn: 'equals',
      meta: { filterOptions: requestTypes.map(type), groupable: true },
    },
    {
      id: 'status',
      accessorFn: (request) => status(request.status),
      header: t('p360.requests.status'),
      sortingFn: (a, b) =>
        requestStatuses.indexOf(a.original.status) - requestStatuses.indexOf(b.original.status),
      filterFn: 'equals',
      meta: { filterOptions: requestStatuses.map(status), groupable: true },
    },
    {
      id: 'amount',
      accessorFn: (request) => request.amount?.amountMinor ?? null,
      header: t('p360.requests.amount'),
      sortingFn: (a, b) => {
        const [left, right] = [a.original.amount, b.original.amount];
        if (!left || !right) return left ? 1 : right ? -1 : 0;
        return compareMoneyWithinCurrency(left, right);
      },
      cell: ({ row }) => (row.original.amount ? format.money(row.original.amount) : '—'),
      enableGrouping: false,
      meta: { numeric: true },
    },
    {
      id: 'submittedAt',
      accessorFn: (request) => request.submittedAt,
      header: t('p360.requests.submitted'),
      cell: ({ row }) => format.day(row.original.submittedAt),
    },
  ];
}

const requestSearchText = (request: Request) => `${request.title} ${request.id}`;
const NEWEST_FIRST = [{ id: 'submittedAt', desc: true }];

/** Every request of the partner, open or decided. */
export function RequestsSection({ requests }: { requests: Request[] }) {
  const { t, i18n } = useTranslation();
  const columns = useMemo(() => requestColumns(t, i18n.language), [t, i18n.language]);
  return (
    <Section id="requests" title={t('p360.requests.heading', { count: requests.length })} wide>
      <DataTable
        rows={requests}
        columns={columns}
        rowId={(request) => request.id}
        searchText={requestSearchText}
        label={t('p360.requests.table')}
        searchLabel={t('p360.requests.search')}
        empty={t('p360.requests.none')}
        initialSorting={NEWEST_FIRST}
        compact
      />
    </Section>
  );
}
