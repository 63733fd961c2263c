import type { Column, Table } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { moveColumn } from './table-view';
import type { TableViewState } from './useTableView';

/** A column's header text (every column of ours has a plain text header). */
export function columnLabel<Row>(column: Column<Row>): string {
  const header = column.columnDef.header;
  return typeof header === 'string' ? header : column.id;
}

/** Which columns show and in what order: a disclosure with a checkbox and two moves each. */
export function ColumnChooser<Row>({ table, state }: { table: Table<Row>; state: TableViewState }) {
  const { t } = useTranslation();
  const ids = table.getAllLeafColumns().map((column) => column.id);
  const move = (columnId: string, delta: -1 | 1) => {
    state.setView((view) => ({
      ...view,
      columnOrder: moveColumn(view.columnOrder, ids, columnId, delta),
    }));
  };
  const ordered = moveColumn(state.view.columnOrder, ids, '', 1);
  return (
    <details className="table-menu">
      <summary>{t('table.columns')}</summary>
      <ul className="table-menu__list">
        {ordered.map((columnId, index) => {
          const column = table.getColumn(columnId);
          if (!column) return null;
          const label = columnLabel(column);
          return (
            <li key={columnId}>
              <label>
                <input
                  type="checkbox"
                  checked={column.getIsVisible()}
                  disabled={!column.getCanHide()}
                  onChange={column.getToggleVisibilityHandler()}
                />
                {label}
              </label>
              <button
                type="button"
                aria-label={t('table.moveEarlier', { column: label })}
                disabled={index === 0}
                onClick={() => {
                  move(columnId, -1);
                }}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('table.moveLater', { column: label })}
                disabled={index === ordered.length - 1}
                onClick={() => {
                  move(columnId, 1);
                }}
              >
                ↓
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
