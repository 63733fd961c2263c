import { useCallback, useRef, useState } from 'react';
import type { InboxEntry } from './inbox-entry';

export type CheckedRequests = {
  checked: ReadonlySet<string>;
  /** Checks or unchecks one; with `range`, checks every row from the last one toggled. */
  toggle: (requestId: string, range: boolean) => void;
  clear: () => void;
};

/** The requests checked for a bulk approval, with shift-click ranges over the shown order. */
export function useCheckedRequests(shown: readonly InboxEntry[]): CheckedRequests {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const toggle = useCallback(
    (requestId: string, range: boolean) => {
      setChecked((before) => {
        const after = new Set(before);
        const from = anchor.current === null ? -1 : shown.findIndex((e) => e.id === anchor.current);
        const to = shown.findIndex((entry) => entry.id === requestId);
        if (range && from >= 0 && to >= 0) {
          const [low, high] = from < to ? [from, to] : [to, from];
          for (const entry of shown.slice(low, high + 1)) after.add(entry.id);
        } else if (after.has(requestId)) {
          after.delete(requestId);
        } else {
          after.add(requestId);
        }
        return after;
      });
      anchor.current = requestId;
    },
    [shown],
  );
  const clear = useCallback(() => {
    anchor.current = null;
    setChecked(new Set());
  }, []);
  return { checked, toggle, clear };
}
