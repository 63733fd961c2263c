import {
  functionalUpdate,
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getGroupedRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ExpandedState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './data-table.css';
import { DataTableGrid } from './DataTableGrid';
import { foldForSearch, matchesSearch, searchWords } from './search-text';
import { TableToolbar } from './TableToolbar';
import type { TableView } from './table-view';
import { useTableView } from './useTableView';

type DataTableProps<Row> = {
  rows: readonly Row[];
  columns: ColumnDef<Row>[];
  rowId: (row: Row) => string;
  /** The text a row is found by; searched without regard to accents or case. Keep it stable. */
  searchText: (row: Row) => string;
  /** The table's accessible name. */
  label: string;
  searchLabel: string;
  /** Shown when there are no rows at all (not when the search or filters leave none). */
  empty: ReactNode;
  /** Where saved views are kept (storageKeys.tableViews); none: the table saves no views. */
  viewsKey?: string | undefined;
  /** Called with the row a person clicks or opens with Enter; the row shows as selected. */
  onOpenRow?: ((row: Row) => void) | undefined;
  selectedRowId?: string | undefined;
  /** The order rows first appear in, before a person sorts by another column. */
  initialSorting?: SortingState;
  /** Columns left out until a person chooses them. Keep the list stable. */
  hiddenColumns?: readonly string[];
  /** A short table inside a page (the partner 360) rather than one filling the page. */
  compact?: boolean;
};

const NO_SORTING: SortingState = [];
const NONE_HIDDEN: readonly string[] = [];

/**
 * A table of any size: search, filters, sorting, grouping, column choice and order, saved
 * views, and only the rows in view rendered, so 100,000 rows scroll smoothly.
 */
export function DataTable<Row>({
  rows,
  columns,
  rowId,
  searchText,
  label,
  searchLabel,
  empty,
  viewsKey,
  onOpenRow,
  selectedRowId,
  initialSorting = NO_SORTING,
  hiddenColumns = NONE_HIDDEN,
  compact = false,
}: DataTableProps<Row>) {
  const { t, i18n } = useTranslation();
  const state = useTableView(viewsKey, initialSorting, hiddenColumns);
  const { view, setView } = state;
  const search = useDeferredValue(view.search);
  const words = useMemo(() => searchWords(search), [search]);
  // Folded once per list of rows, and only once someone searches.
  const searching = words.length > 0;
  const folded = useMemo(
    () => (searching ? rows.map((row) => foldForSearch(searchText(row))) : []),
    [rows, searchText, searching],
  );
  const found = useMemo(
    () => (searching ? rows.filter((_, index) => matchesSearch(folded[index] ?? '', words)) : rows),
    [rows, folded, words, searching],
  );
  const [expanded, setExpanded] = useState<ExpandedState>(true);
  const update =
    <Key extends keyof TableView>(key: Key) =>
    (updater: Updater<TableView[Key]>) => {
      setView((current) => ({ ...current, [key]: functionalUpdate(updater, current[key]) }));
    };

  // TanStack Table returns new functions each render by design; the React Compiler must skip it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable<Row>({
    data: found as Row[],
    columns,
    state: {
      sorting: view.sorting,
      columnFilters: view.columnFilters,
      columnVisibility: view.columnVisibility,
      columnOrder: view.columnOrder,
      grouping: view.grouping,
      expanded,
    },
    onSortingChange: update('sorting'),
    onColumnFiltersChange: update('columnFilters'),
    onColumnVisibilityChange: update('columnVisibility'),
    onColumnOrderChange: update('columnOrder'),
    onGroupingChange: update('grouping'),
    onExpandedChange: setExpanded,
    getRowId: rowId,
    autoResetExpanded: false,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
  });
  const shown = table.getFilteredRowModel().rows.length;
  const number = new Intl.NumberFormat(i18n.language);

  if (rows.length === 0) return <div className="data-table__empty">{empty}</div>;

  return (
    <div className={`data-table-frame${compact ? ' data-table-frame--compact' : ''}`}>
      <TableToolbar
        table={table}
        state={state}
        searchLabel={searchLabel}
        count={t('table.countOf', {
          shown: number.format(shown),
          total: number.format(rows.length),
        })}
        savedViews={viewsKey !== undefined}
      />
      {shown === 0 ? (
        <div className="data-table__empty">
          {view.search ? t('table.noMatch', { query: view.search }) : t('table.noMatchFilters')}
        </div>
      ) : (
        <DataTableGrid
          table={table}
          label={label}
          onOpenRow={onOpenRow}
          selectedRowId={selectedRowId}
        />
      )}
    </div>
  );
}
