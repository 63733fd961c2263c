import { flexRender, type Row as TableRow, type Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

type DataTableGridProps<Row> = {
  table: Table<Row>;
  label: string;
  onOpenRow?: ((row: Row) => void) | undefined;
  selectedRowId?: string | undefined;
};

const ROW_HEIGHT = 40;

/**
 * The rows in view and no others. Rows carry no handlers of their own: the body takes clicks
 * and keys for all of them (a row is found by its index), so scrolling renders cells only.
 */
export function DataTableGrid<Row>({
  table,
  label,
  onOpenRow,
  selectedRowId,
}: DataTableGridProps<Row>) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;
  // TanStack Virtual returns new functions each render by design; the React Compiler must skip it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  const rowAt = (target: EventTarget): { index: number; row: TableRow<Row> } | undefined => {
    if (!(target instanceof Element)) return undefined;
    const element = target.closest('tr[data-index]');
    const index = Number(element?.getAttribute('data-index'));
    const row = rows[index];
    return row ? { index, row } : undefined;
  };
  const activate = (row: TableRow<Row>) => {
    if (row.getIsGrouped()) row.toggleExpanded();
    else onOpenRow?.(row.original);
  };
  /** Focuses the row if it is rendered; says whether it was. */
  const focusRendered = (index: number) => {
    const element = scroller.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    // A group's row is reached through its button; any other row is focusable itself.
    const focusable = element?.hasAttribute('tabindex')
      ? element
      : element?.querySelector<HTMLElement>('button');
    focusable?.focus();
    return focusable !== null && focusable !== undefined;
  };
  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    // A rendered row takes the focus at once, so a key pressed next (Enter) acts on it.
    if (focusRendered(target)) return;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row is not rendered until the virtualizer has scrolled to it.
    const retry = (tries: number) => {
      if (!focusRendered(target) && tries > 0) {
        requestAnimationFrame(() => {
          retry(tries - 1);
        });
      }
    };
    requestAnimationFrame(() => {
      retry(5);
    });
  };
  const onClick = (event: MouseEvent) => {
    const found = rowAt(event.target);
    if (found) activate(found.row);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const found = rowAt(event.target);
    if (!found) return;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT));
    const moves: Record<string, number> = {
      ArrowDown: found.index + 1,
      ArrowUp: found.index - 1,
      PageDown: found.index + page,
      PageUp: found.index - page,
      Home: 0,
      End: rows.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      focusRow(next);
    } else if (
      (event.key === 'Enter' || event.key === ' ') &&
      event.target instanceof HTMLTableRowElement
    ) {
      event.preventDefault();
      activate(found.row);
    }
  };

  return (
    <div className="data-table" ref={scroller}>
      <table aria-label={label} aria-rowcount={rows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
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
        <tbody onClick={onClick} onKeyDown={onKeyDown}>
          {padTop > 0 && <tr className="data-table__pad" style={{ height: padTop }} aria-hidden />}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            if (row.getIsGrouped()) {
              const column = table.getColumn(row.groupingColumnId ?? '');
              const value = row.groupingValue;
              const shownValue =
                column?.columnDef.meta?.groupLabel?.(value) ?? groupText(value) ?? t('table.blank');
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  className="data-table__group"
                  style={{ height: ROW_HEIGHT }}
                >
                  <td colSpan={columnCount}>
                    <button type="button" aria-expanded={row.getIsExpanded()}>
                      <span aria-hidden>{row.getIsExpanded() ? '▾ ' : '▸ '}</span>
                      {t('table.groupRow', { value: shownValue, count: row.getLeafRows().length })}
                    </button>
                  </td>
                </tr>
              );
            }
            return (
              <tr
                key={row.id}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                aria-selected={onOpenRow ? row.id === selectedRowId : undefined}
                tabIndex={0}
                className={onOpenRow ? 'data-table__row--openable' : undefined}
                style={{ height: ROW_HEIGHT }}
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
          {padBottom > 0 && (
            <tr className="data-table__pad" style={{ height: padBottom }} aria-hidden />
          )}
        </tbody>
      </table>
    </div>
  );
}

/** A group's value as text; none for an empty one, which the table calls "(none)". */
function groupText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}
