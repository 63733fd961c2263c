import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contactRoles, type Contact } from '../../../shared/schema';
import { DataTable } from '../../ui/DataTable';
import { certificationHolds } from './agreement-standing';
import { Section } from './Section';

function contactColumns(t: TFunction, now: string): ColumnDef<Contact>[] {
  const role = (value: string) => t(`detail.contactRole.${value}`);
  return [
    {
      id: 'name',
      accessorFn: (contact) => contact.name,
      header: t('p360.contacts.name'),
      enableHiding: false,
    },
    {
      id: 'role',
      accessorFn: (contact) => role(contact.role),
      header: t('p360.contacts.role'),
      filterFn: 'equals',
      meta: { filterOptions: contactRoles.map(role), groupable: true },
      cell: ({ row }) =>
        row.original.isPrimary
          ? t('p360.contacts.primaryRole', { role: role(row.original.role) })
          : role(row.original.role),
    },
    { id: 'email', accessorFn: (contact) => contact.email, header: t('p360.contacts.email') },
    {
      id: 'training',
      accessorFn: (contact) => contact.trainings.filter((training) => training.completedAt).length,
      header: t('p360.contacts.training'),
      cell: ({ row }) =>
        row.original.trainings.length === 0
          ? t('p360.contacts.noTraining')
          : t('p360.contacts.trainingDone', {
              done: row.getValue<number>('training'),
              count: row.original.trainings.length,
            }),
    },
    {
      id: 'certifications',
      accessorFn: (contact) =>
        contact.certifications.filter((certification) =>
          certificationHolds(certification.expiresAt, now),
        ).length,
      header: t('p360.contacts.certifications'),
      cell: ({ row }) => {
        const { certifications } = row.original;
        if (certifications.length === 0) return t('p360.contacts.noCertifications');
        const current = row.getValue<number>('certifications');
        const lapsed = certifications.length - current;
        return (
          <span title={certifications.map((certification) => certification.name).join(', ')}>
            {t('p360.contacts.certificationsCurrent', { count: current })}
            {lapsed > 0 && `, ${t('p360.contacts.certificationsLapsed', { count: lapsed })}`}
          </span>
        );
      },
    },
  ];
}

const contactSearchText = (contact: Contact) =>
  `${contact.name} ${contact.email} ${contact.certifications.map((c) => c.name).join(' ')}`;

/** Every contact of the partner, with role, training and certification status. */
export function ContactsSection({ contacts, now }: { contacts: Contact[]; now: string }) {
  const { t } = useTranslation();
  const columns = useMemo(() => contactColumns(t, now), [t, now]);
  return (
    <Section id="contacts" title={t('detail.contacts', { count: contacts.length })} wide>
      <DataTable
        rows={contacts}
        columns={columns}
        rowId={(contact) => contact.id}
        searchText={contactSearchText}
        label={t('p360.contacts.table')}
        searchLabel={t('p360.contacts.search')}
        empty={t('p360.contacts.none')}
        initialSorting={BY_NAME}
        compact
      />
    </Section>
  );
}

const BY_NAME = [{ id: 'name', desc: false }];
