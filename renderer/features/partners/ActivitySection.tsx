import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { activityKinds, type Activity, type Partner } from '../../../shared/schema';
import { formatDateTime } from '../../../shared/format/time';
import { useCamSession } from '../../app/CamContext';
import { DataTable } from '../../ui/DataTable';
import { AddNoteForm } from './AddNoteForm';
import { noteState } from './note-state';
import { NoteStateBadge } from './NoteStateBadge';
import { Section } from './Section';

function activityColumns(t: TFunction, locale: string, userId: string): ColumnDef<Activity>[] {
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
    {
      id: 'state',
      accessorFn: (activity) => noteState(activity, userId)?.state ?? '',
      header: t('p360.activity.stateColumn'),
      enableSorting: false,
      cell: ({ row }) => {
        const state = noteState(row.original, userId);
        return state && <NoteStateBadge state={state} />;
      },
    },
  ];
}

const activitySearchText = (activity: Activity) => activity.text;
const NEWEST_FIRST = [{ id: 'at', desc: true }];

/**
 * The partner's activity log, newest first, and the form that adds a note to it; the CAM's own
 * notes say whether they are waiting to sync, saved, or refused and why.
 */
export function ActivitySection({
  partner,
  activities,
}: {
  partner: Pick<Partner, 'id' | 'territoryId'>;
  activities: Activity[];
}) {
  const { t, i18n } = useTranslation();
  const { userId } = useCamSession();
  const columns = useMemo(
    () => activityColumns(t, i18n.language, userId),
    [t, i18n.language, userId],
  );
  return (
    <Section id="activity" title={t('p360.activity.heading', { count: activities.length })} wide>
      <AddNoteForm partner={partner} />
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
