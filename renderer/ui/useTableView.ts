import type { SortingState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import {
  deleteView,
  emptyView,
  readSavedViews,
  saveView,
  type SavedView,
  type TableView,
} from './table-view';

export type TableViewState = {
  view: TableView;
  setView: (change: (view: TableView) => TableView) => void;
  savedViews: SavedView[];
  /** The saved view last applied or saved, while the table still shows it unchanged. */
  currentName: string | undefined;
  save: (name: string) => void;
  apply: (name: string) => void;
  remove: (name: string) => void;
  reset: () => void;
};

/**
 * A table's arrangement and its saved views. Views are kept per user in local storage under
 * `storageKey` (renderer/app/storage-keys.ts), so they survive a reload and stay on this device.
 */
export function useTableView(
  storageKey: string | undefined,
  initialSorting: SortingState,
  hiddenColumns: readonly string[],
): TableViewState {
  const initial = useMemo(
    () => emptyView(initialSorting, hiddenColumns),
    [initialSorting, hiddenColumns],
  );
  const [view, setViewState] = useState<TableView>(initial);
  const [savedViews, setSavedViews] = useState<SavedView[]>(() =>
    storageKey ? readSavedViews(localStorage, storageKey) : [],
  );
  const [current, setCurrent] = useState<{ name: string; view: TableView }>();

  const setView = useCallback((change: (view: TableView) => TableView) => {
    setViewState(change);
  }, []);

  return {
    view,
    setView,
    savedViews,
    currentName: current && current.view === view ? current.name : undefined,
    save: (name) => {
      if (!storageKey) return;
      setSavedViews(saveView(localStorage, storageKey, { name, view }));
      setCurrent({ name, view });
    },
    apply: (name) => {
      const saved = savedViews.find((candidate) => candidate.name === name);
      if (!saved) return;
      setViewState(saved.view);
      setCurrent({ name, view: saved.view });
    },
    remove: (name) => {
      if (!storageKey) return;
      setSavedViews(deleteView(localStorage, storageKey, name));
      setCurrent(undefined);
    },
    reset: () => {
      setViewState(initial);
      setCurrent(undefined);
    },
  };
}
