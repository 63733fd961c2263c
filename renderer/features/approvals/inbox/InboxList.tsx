import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../../shared/schema';
import { decisionState } from '../decision-state';
import type { InboxEntry } from './inbox-entry';
import { InboxRow, ROW_HEIGHT } from './InboxRow';
import { requestTitle } from './request-text';

type InboxListProps = {
  entries: readonly InboxEntry[];
  partnerNames: ReadonlyMap<string, string>;
  myDecisions: ReadonlyMap<string, Decision>;
  online: boolean;
  selectedIndex: number;
  checked: ReadonlySet<string>;
  now: number;
  onOpen: (requestId: string) => void;
  onToggle: (requestId: string, range: boolean) => void;
  onVisibleRange: (start: number, end: number) => void;
};

const noDecider = () => undefined;

/**
 * The virtualized list of requests waiting for me: fixed-height rows, only those in view (plus a
 * few) in the DOM. One click handler for all rows; keys are the page's shortcuts.
 */
export function InboxList({
  entries,
  partnerNames,
  myDecisions,
  online,
  selectedIndex,
  checked,
  now,
  onOpen,
  onToggle,
  onVisibleRange,
}: InboxListProps) {
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns new functions each render by design; the React Compiler must skip it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = (items.at(-1)?.index ?? -1) + 1;

  useEffect(() => {
    onVisibleRange(start, end);
  }, [start, end, onVisibleRange]);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const onClick = (event: MouseEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-request-id]');
    const requestId = row?.dataset['requestId'];
    if (!requestId) return;
    if (
      target.closest('[data-action="select"]') ||
      event.shiftKey ||
      event.metaKey ||
      event.ctrlKey
    ) {
      onToggle(requestId, event.shiftKey);
    } else {
      onOpen(requestId);
    }
  };

  return (
    // Focusable, so a keyboard user can scroll the list itself (axe: scrollable-region-focusable).
    <div ref={scroller} className="inbox-list" tabIndex={0}>
      <ul
        className="inbox-list__rows"
        aria-label={t('approvals.title')}
        style={{ height: virtualizer.getTotalSize() }}
        onClick={onClick}
      >
        {items.map((item) => {
          const entry = entries[item.index];
          if (!entry) return null;
          const mine = myDecisions.get(entry.id);
          return (
            <InboxRow
              key={entry.id}
              entry={entry}
              title={requestTitle(t, entry, partnerNames.get(entry.partnerId), i18n.language)}
              decision={mine && decisionState(mine, online, noDecider)}
              selected={item.index === selectedIndex}
              checked={checked.has(entry.id)}
              top={item.start}
              position={item.index + 1}
              setSize={entries.length}
              now={now}
            />
          );
        })}
      </ul>
    </div>
  );
}
