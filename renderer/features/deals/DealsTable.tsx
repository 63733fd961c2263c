import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { convertMoney } from '../../../shared/rules/money';
import { DataTable } from '../../ui/DataTable';
import { dealSearchText, type DealRow, type DealWithPartner } from './deal-row';
import { DEAL_COLUMNS_HIDDEN, dealColumns } from './dealColumns';
import { useReporting } from './useReporting';

type DealsTableProps = {
  deals: readonly DealRow[];
  partnerNames: ReadonlyMap<string, string>;
  label: string;
  /** Saved views' storage key; none in a partner's own short list. */
  viewsKey?: string | undefined;
  compact?: boolean;
  /** Columns to leave out (the partner column in a partner's own deals). */
  hiddenColumns?: readonly string[];
};

const NEWEST_FIRST = [{ id: 'registeredAt', desc: true }];

/** Deal registrations in a table: every one of them, however many, searchable and sortable. */
export function DealsTable({
  deals,
  partnerNames,
  label,
  viewsKey,
  compact,
  hiddenColumns = DEAL_COLUMNS_HIDDEN,
}: DealsTableProps) {
  const { t, i18n } = useTranslation();
  const reporting = useReporting();
  const reportingCurrency = reporting?.currency;
  const columns = useMemo(
    () => dealColumns(t, i18n.language, reportingCurrency),
    [t, i18n.language, reportingCurrency],
  );
  const rows = useMemo<DealWithPartner[]>(
    () =>
      deals.map((deal) => ({
        ...deal,
        partnerName: partnerNames.get(deal.partnerId) ?? '',
        reported: reporting
          ? (convertMoney(
              deal.amount,
              reporting.currency,
              deal.registeredAt.slice(0, 10),
              reporting.rates,
            ) ?? null)
          : null,
      })),
    [deals, partnerNames, reporting],
  );
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowId={(deal) => deal.id}
      searchText={dealSearchText}
      label={label}
      searchLabel={t('deals.search')}
      empty={t('deals.empty')}
      viewsKey={viewsKey}
      initialSorting={NEWEST_FIRST}
      hiddenColumns={hiddenColumns}
      compact={compact}
    />
  );
}
