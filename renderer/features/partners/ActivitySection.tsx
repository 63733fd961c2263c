import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { activityKinds, type Activity } from '../../../shared/schema';
import { formatDateTime } from '../../../shared/format/time';
import { DataTable } from '../../ui/DataTable';
import { Section } from './Section';

function activityColumns(t: TFunction, locale: string): ColumnDef<Activity>[] {
  const kind = (value: string) => t(`p360.activity.kind.${value}`);
  return [
    {
      id: 'at',
      accessorFn: (activity) => activity.at,
      header: t('p360.activity.when'),
      cell: ({ row }) => formatDateTime(row.original.at, locale),
    },
    {
      id: 'kind',
      accessorFn: (activity) => kind(activity.kind),
      header: t('p360.activity.kindColumn'),
      filterFn: 'equals',
      meta: { filterOptions: activityKinds.map(kind), groupable: true },
    },
    {
      id: 'subject',
      accessorFn: (activity) => t(`p360.activity.subject.${activity.subjectType}`),
      header: t('p360.activity.subjectColumn'),
      meta: { groupable: true },
    },
    {
      id: 'text',
      accessorFn: (activity) => activity.text,
      header: t('p360.activity.text'),
      cell: ({ row }) => <span className="p360-note">{row.original.text}</span>,
    },
  ];
}

const activitySearchText = (activity: Activity) => activity.text;
const NEWEST_FIRST = [{ id: 'at', desc: true }];

/** The partner's activity log, newest first: read-only here. */
export function ActivitySection({ activities }: { activities: Activity[] }) {
  const { t, i18n } = useTranslation();
  const columns = useMemo(() => activityColumns(t, i18n.language), [t, i18n.language]);
  return (
    <Section id="activity" title={t('p360.activity.heading', { count: activities.length })} wide>
      <DataTable
        rows={activities}
        columns={columns}
        rowId={(activity) => activity.id}
        searchText={activitySearchText}
        label={t('p360.activity.table')}
        searchLabel={t('p360.activity.search')}
        empty={t('p360.activity.none')}
        initialSorting={NEWEST_FIRST}
        compact
      />
    </Section>
  );
}
