import type {
  ColumnFiltersState,
  ColumnOrderState,
  GroupingState,
  SortingState,
  VisibilityState,
} from '@tanstack/react-table';

/** How a person arranged a table: what a saved view brings back. */
export type TableView = {
  search: string;
  sorting: SortingState;
  columnFilters: ColumnFiltersState;
  columnVisibility: VisibilityState;
  columnOrder: ColumnOrderState;
  grouping: GroupingState;
};

export type SavedView = { name: string; view: TableView };

export function emptyView(
  sorting: SortingState = [],
  hiddenColumns: readonly string[] = [],
): TableView {
  return {
    search: '',
    sorting,
    columnFilters: [],
    columnVisibility: Object.fromEntries(hiddenColumns.map((id) => [id, false])),
    columnOrder: [],
    grouping: [],
  };
}

const MAX_VIEWS = 30;

/** The saved views under a key; anything unreadable counts as none, never as an error. */
export function readSavedViews(storage: Storage, key: string): SavedView[] {
  const text = storage.getItem(key);
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isSavedView) : [];
  } catch {
    return [];
  }
}

/** Saves a view under its name, replacing one of the same name; the newest comes first. */
export function saveView(storage: Storage, key: string, saved: SavedView): SavedView[] {
  const views = [saved, ...readSavedViews(storage, key).filter((v) => v.name !== saved.name)];
  const kept = views.slice(0, MAX_VIEWS);
  storage.setItem(key, JSON.stringify(kept));
  return kept;
}

export function deleteView(storage: Storage, key: string, name: string): SavedView[] {
  const kept = readSavedViews(storage, key).filter((view) => view.name !== name);
  storage.setItem(key, JSON.stringify(kept));
  return kept;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSavedView(value: unknown): value is SavedView {
  if (!isRecord(value) || typeof value['name'] !== 'string') return false;
  const view = value['view'];
  return (
    isRecord(view) &&
    typeof view['search'] === 'string' &&
    Array.isArray(view['sorting']) &&
    Array.isArray(view['columnFilters']) &&
    isRecord(view['columnVisibility']) &&
    Array.isArray(view['columnOrder']) &&
    Array.isArray(view['grouping'])
  );
}

/**
 * The column order after moving one column a place earlier (-1) or later (+1). `order` is the
 * saved order, which may name only some columns, or columns that no longer exist.
 */
export function moveColumn(
  order: ColumnOrderState,
  columnIds: readonly string[],
  columnId: string,
  delta: -1 | 1,
): ColumnOrderState {
  const known = order.filter((id) => columnIds.includes(id));
  const full = [...known, ...columnIds.filter((id) => !known.includes(id))];
  const from = full.indexOf(columnId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= full.length) return full;
  const moved = [...full];
  moved.splice(from, 1);
  moved.splice(to, 0, columnId);
  return moved;
}
