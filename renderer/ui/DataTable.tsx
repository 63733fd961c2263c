import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type ReactNode } from 'react';

type DataTableProps<Row> = {
  rows: Row[];
  columns: ColumnDef<Row>[];
  /** Text every row is matched against (case-insensitive), across the searchable columns. */
  filter: string;
  rowId: (row: Row) => string;
  empty: ReactNode;
  label: string;
  /** Called with the row a person clicks or opens with Enter; the row shows as selected. */
  onOpenRow?: (row: Row) => void;
  selectedRowId?: string | undefined;
  /** The order rows first appear in, before a person sorts by another column. */
  initialSorting?: SortingState;
};

const ROW_HEIGHT = 40;

/** A sortable, filterable table that renders only the rows in view, so thousands stay smooth. */
export function DataTable<Row>({
  rows,
  columns,
  filter,
  rowId,
  empty,
  label,
  onOpenRow,
  selectedRowId,
  initialSorting = [],
}: DataTableProps<Row>) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  // TanStack Table returns new functions each render by design; the React Compiler must skip it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    getRowId: rowId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const scroller = useRef<HTMLDivElement>(null);
  const visibleRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: visibleRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  if (visibleRows.length === 0) return <div className="data-table__empty">{empty}</div>;

  return (
    <div className="data-table" ref={scroller}>
      <table aria-label={label} aria-rowcount={visibleRows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                    }
                    className={header.column.columnDef.meta?.numeric ? 'numeric' : undefined}
                  >
                    <button type="button" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span aria-hidden>
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && <tr style={{ height: padTop }} aria-hidden />}
          {items.map((item) => {
            const row = visibleRows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                style={{ height: ROW_HEIGHT }}
                aria-rowindex={item.index + 2}
                aria-selected={row.id === selectedRowId}
                tabIndex={onOpenRow ? 0 : undefined}
                className={onOpenRow ? 'data-table__row--openable' : undefined}
                onClick={
                  onOpenRow
                    ? () => {
                        onOpenRow(row.original);
                      }
                    : undefined
                }
                onKeyDown={
                  onOpenRow
                    ? (event) => {
                        if (event.key === 'Enter') onOpenRow(row.original);
                      }
                    : undefined
                }
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={cell.column.columnDef.meta?.numeric ? 'numeric' : undefined}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden />}
        </tbody>
      </table>
    </div>
  );
}
