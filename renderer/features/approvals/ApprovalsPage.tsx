import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/schema';
import { useNow } from '../sync-status/useNow';
import { useSyncStatus } from '../sync-status/useSyncStatus';
import type { DecisionControlsHandle } from './DecisionControls';
import { BulkApproval } from './inbox/BulkApproval';
import type { InboxEntry, InboxScope } from './inbox/inbox-entry';
import {
  buildInboxIndex,
  filterInbox,
  isFiltering,
  noFilter,
  summariseInbox,
} from './inbox/inbox-filter';
import { InboxFilters } from './inbox/InboxFilters';
import { InboxList } from './inbox/InboxList';
import { canDecide } from './inbox/my-decisions';
import { MyDecisions } from './inbox/MyDecisions';
import { RequestDetail } from './inbox/RequestDetail';
import { useInboxShortcuts, type InboxCommand } from './inbox/shortcuts';
import { ShortcutsHelp } from './inbox/ShortcutsHelp';
import { useCheckedRequests } from './inbox/useCheckedRequests';
import { useConflictingRequests } from './inbox/useConflictingRequests';
import { useInbox } from './inbox/useInbox';
import { usePartnerNames } from './inbox/usePartnerNames';
import { useRequestEntry } from './inbox/useRequest';
import { placeSelection, type InboxSelection } from './inbox/inbox-selection';
import './approvals.css';

const noEntries: readonly InboxEntry[] = [];
const scopes: readonly InboxScope[] = ['mine', 'role'];
const decisionOf = { approve: 'approve', reject: 'reject', return: 'return_for_info' } as const;
const noDecisions: ReadonlyMap<string, Decision> = new Map();

/**
 * Requests waiting for me, most urgent first, decided one at a time or in bulk, online or not;
 * and what became of my decisions. The list is virtualized and display-only; search and
 * filters run over one index of the list's light fields, built once per change of the list.
 */
export function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const [scope, setScope] = useState<InboxScope>('mine');
  const inbox = useInbox(scope);
  const online = useSyncStatus().connection === 'online';
  const now = useNow(60_000).getTime();
  const [filter, setFilter] = useState(noFilter);
  const deferred = useDeferredValue(filter);
  // The selected request, and where it was (./inbox/inbox-selection.ts).
  const [selected, setSelected] = useState<InboxSelection | null>(null);
  const [visible, setVisible] = useState<readonly [number, number]>([0, 0]);
  const [wantPartners, setWantPartners] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const searchBox = useRef<HTMLInputElement>(null);
  const controls = useRef<DecisionControlsHandle>(null);
  const advanceAfterDecision = useRef(false);

  const entries = inbox?.entries ?? noEntries;
  const filtering = isFiltering(deferred);
  const allPartners = filtering || wantPartners;
  const conflicting = useConflictingRequests(entries, deferred.conflictOnly);
  const keptId = selected?.kept ? selected.id : null;
  const kept = useRequestEntry(keptId);

  // Names for the rows in view (unfiltered, the rows are the list's own order); for every
  // listed partner once the CAM searches or filters.
  const partnerIds = useMemo(
    () => [
      ...(allPartners ? entries : entries.slice(visible[0], visible[1])).map((e) => e.partnerId),
      ...(kept ? [kept.partnerId] : []),
    ],
    [allPartners, entries, visible, kept],
  );
  const partnerNames = usePartnerNames(partnerIds);
  // Once the whole list is read, the rest of the names and the search index are prepared while
  // the browser is idle, so the first keystroke in the search finds them ready.
  const complete = inbox?.complete === true;
  useEffect(() => {
    if (!complete) return;
    const idle = requestIdleCallback(
      () => {
        setWantPartners(true);
      },
      { timeout: 2000 },
    );
    return () => {
      cancelIdleCallback(idle);
    };
  }, [complete]);
  const index = useMemo(
    () =>
      allPartners
        ? buildInboxIndex(
            entries,
            (id) => partnerNames.get(id),
            (type) => t(`approvals.type.${type}`),
          )
        : null,
    [allPartners, entries, partnerNames, t],
  );
  const shown = useMemo(
    () =>
      index && filtering
        ? filterInbox(index, deferred, now, conflicting)
        : summariseInbox(entries, now),
    [index, filtering, deferred, now, conflicting, entries],
  );
  const checked = useCheckedRequests(shown.entries);

  const listedIds = useMemo(() => shown.entries.map((entry) => entry.id), [shown.entries]);
  const { index: selectedIndex, outsideList } = placeSelection(selected, listedIds);
  const current = outsideList ? kept : shown.entries[selectedIndex];

  const onVisibleRange = useCallback((start: number, end: number) => {
    setVisible((before) => (before[0] === start && before[1] === end ? before : [start, end]));
  }, []);
  const select = (position: number) => {
    const at = Math.max(0, Math.min(position, shown.entries.length - 1));
    const entry = shown.entries[at];
    if (entry) setSelected({ id: entry.id, at, kept: false });
  };
  const open = (requestId: string) => {
    setSelected({
      id: requestId,
      at: shown.entries.findIndex((e) => e.id === requestId),
      kept: false,
    });
  };
  const openDecided = (requestId: string) => {
    setSelected({ id: requestId, at: -1, kept: true });
  };
  const onDecided = () => {
    if (advanceAfterDecision.current) select(selectedIndex + 1);
    advanceAfterDecision.current = false;
  };

  useInboxShortcuts((command: InboxCommand) => {
    if (helpOpen) return;
    if (command === 'next' || command === 'previous') {
      select(selectedIndex + (command === 'next' ? 1 : -1));
    } else if (command === 'approve' || command === 'reject' || command === 'return') {
      // Only when the selected request can still be decided (its controls are shown).
      if (controls.current) {
        advanceAfterDecision.current = true;
        controls.current.decide(decisionOf[command]);
      }
    } else if (command === 'select') {
      if (current) checked.toggle(current.id, false);
    } else if (command === 'search') {
      searchBox.current?.focus();
    } else {
      setHelpOpen(true);
    }
  });

  const selection = [...checked.checked].flatMap((id) => {
    const entry = inbox?.entriesById.get(id);
    return entry && canDecide(inbox?.myDecisions.get(id)) ? [entry] : [];
  });
  const partnerOptions = useMemo(
    () =>
      allPartners
        ? [...new Set(entries.map((entry) => entry.partnerId))]
            .map((id) => ({ id, name: partnerNames.get(id) ?? id }))
            .sort((a, b) => a.name.localeCompare(b.name, i18n.language))
        : [],
    [allPartners, entries, partnerNames, i18n.language],
  );

  return (
    <section className="page inbox" aria-labelledby="approvals-title">
      <div className="page__header inbox__header">
        <h2 id="approvals-title">{t('approvals.title')}</h2>
        <span className="page__count">
          {!inbox || !inbox.complete
            ? t('app.loading')
            : filtering
              ? t('approvals.inbox.countOf', { count: shown.entries.length, total: entries.length })
              : t('approvals.count', { count: entries.length })}
          {inbox?.complete && shown.overdue > 0 && (
            <span className="inbox__overdue">
              {' · '}
              {t('approvals.inbox.overdueCount', { count: shown.overdue })}
            </span>
          )}
        </span>
        <div className="inbox__scope" role="group" aria-label={t('approvals.inbox.scope')}>
          {scopes.map((candidate) => (
            <button
              key={candidate}
              type="button"
              className="button"
              aria-pressed={candidate === scope}
              onClick={() => {
                setScope(candidate);
                checked.clear();
              }}
            >
              {t(`approvals.inbox.scopes.${candidate}`)}
            </button>
          ))}
        </div>
        <input
          ref={searchBox}
          type="search"
          className="page__search"
          aria-label={t('approvals.inbox.search')}
          placeholder={t('approvals.inbox.searchPlaceholder')}
          value={filter.text}
          onChange={(event) => {
            setFilter({ ...filter, text: event.target.value });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' || event.key === 'Enter') event.currentTarget.blur();
          }}
        />
        <button
          type="button"
          className="button"
          aria-keyshortcuts="?"
          onClick={() => {
            setHelpOpen(true);
          }}
        >
          {t('approvals.shortcuts.open')}
        </button>
      </div>
      <InboxFilters
        filter={filter}
        onChange={setFilter}
        byType={shown.byType}
        partners={partnerOptions}
        onWantPartners={() => {
          setWantPartners(true);
        }}
      />
      {checked.checked.size > 0 && <BulkApproval selection={selection} onClear={checked.clear} />}
      <div className="page__body inbox__body">
        {inbox && shown.entries.length === 0 ? (
          <p className="data-table__empty inbox__empty">
            {filtering ? t('approvals.inbox.noneMatch') : t('approvals.empty')}
          </p>
        ) : (
          <InboxList
            entries={shown.entries}
            partnerNames={partnerNames}
            myDecisions={inbox?.myDecisions ?? noDecisions}
            online={online}
            selectedIndex={selectedIndex}
            checked={checked.checked}
            now={now}
            onOpen={open}
            onToggle={checked.toggle}
            onVisibleRange={onVisibleRange}
          />
        )}
        <aside className="inbox__side">
          {current && (
            <RequestDetail
              entry={current}
              partnerName={partnerNames.get(current.partnerId)}
              decision={inbox?.myDecisions.get(current.id)}
              decidable={inbox?.entriesById.has(current.id) === true}
              online={online}
              now={now}
              controls={controls}
              onDecided={onDecided}
            />
          )}
          <MyDecisions online={online} onOpen={openDecided} />
        </aside>
      </div>
      {helpOpen && (
        <ShortcutsHelp
          onClose={() => {
            setHelpOpen(false);
          }}
        />
      )}
    </section>
  );
}
