import type { Table } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { ColumnChooser, columnLabel } from './ColumnChooser';
import { SavedViewsControl } from './SavedViewsControl';
import type { TableViewState } from './useTableView';

type TableToolbarProps<Row> = {
  table: Table<Row>;
  state: TableViewState;
  searchLabel: string;
  /** What the count line says: how many rows the search and filters leave, of how many. */
  count: string;
  savedViews: boolean;
};

/** Search, filters, grouping, columns and saved views above a DataTable. */
export function TableToolbar<Row>({
  table,
  state,
  searchLabel,
  count,
  savedViews,
}: TableToolbarProps<Row>) {
  const { t } = useTranslation();
  const { view, setView } = state;
  const columns = table.getAllLeafColumns();
  const filterable = columns.filter((column) => column.columnDef.meta?.filterOptions);
  const groupable = columns.filter((column) => column.columnDef.meta?.groupable);
  return (
    <div className="table-toolbar">
      <input
        className="page__search"
        type="search"
        placeholder={searchLabel}
        aria-label={searchLabel}
        value={view.search}
        onChange={(event) => {
          const search = event.target.value;
          setView((current) => ({ ...current, search }));
        }}
      />
      {filterable.map((column) => (
        <label key={column.id} className="table-toolbar__field">
          <span>{columnLabel(column)}</span>
          <select
            value={filterText(column.getFilterValue())}
            onChange={(event) => {
              column.setFilterValue(event.target.value || undefined);
            }}
          >
            <option value="">{t('table.filterAll')}</option>
            {column.columnDef.meta?.filterOptions?.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
      ))}
      {groupable.length > 0 && (
        <label className="table-toolbar__field">
          <span>{t('table.groupBy')}</span>
          <select
            value={view.grouping[0] ?? ''}
            onChange={(event) => {
              const columnId = event.target.value;
              setView((current) => ({ ...current, grouping: columnId ? [columnId] : [] }));
            }}
          >
            <option value="">{t('table.noGrouping')}</option>
            {groupable.map((column) => (
              <option key={column.id} value={column.id}>
                {columnLabel(column)}
              </option>
            ))}
          </select>
        </label>
      )}
      <ColumnChooser table={table} state={state} />
      {savedViews && <SavedViewsControl state={state} />}
      <p className="table-toolbar__count" aria-live="polite">
        {count}
      </p>
    </div>
  );
}

function filterText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
