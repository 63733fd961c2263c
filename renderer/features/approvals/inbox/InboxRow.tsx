import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRelativeTime } from '../../../../shared/format/time';
import { DecisionBadge } from '../DecisionBadge';
import type { DecisionState } from '../decision-state';
import { overdueBy, type InboxEntry } from './inbox-entry';
import { formatOverdue } from './request-text';

export const ROW_HEIGHT = 60;

type InboxRowProps = {
  entry: InboxEntry;
  title: string;
  decision: DecisionState | undefined;
  selected: boolean;
  checked: boolean;
  top: number;
  /** 1-based place in the whole list, for assistive technology (most rows are not in the DOM). */
  position: number;
  setSize: number;
  now: number;
};

/**
 * One request in the inbox: display only. It holds no state and no handlers; the list reads
 * clicks and keys for every row (data-request-id says which). Hover and focus are CSS.
 */
export const InboxRow = memo(function InboxRow({
  entry,
  title,
  decision,
  selected,
  checked,
  top,
  position,
  setSize,
  now,
}: InboxRowProps) {
  const { t, i18n } = useTranslation();
  const late = overdueBy(entry, now);
  return (
    <li
      id={`inbox-row-${entry.id}`}
      className={`inbox-row${selected ? ' inbox-row--selected' : ''}${checked ? ' inbox-row--checked' : ''}`}
      aria-label={title}
      aria-current={selected ? 'true' : undefined}
      aria-posinset={position}
      aria-setsize={setSize}
      data-request-id={entry.id}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
    >
      <input
        type="checkbox"
        className="inbox-row__check"
        data-action="select"
        tabIndex={-1}
        checked={checked}
        readOnly
        aria-label={t('approvals.inbox.select', { title })}
      />
      <div className="inbox-row__main">
        <span className="inbox-row__title">{title}</span>
        <span className="inbox-row__meta">
          <span className={late > 0 ? 'inbox-row__due inbox-row__due--overdue' : 'inbox-row__due'}>
            {late > 0
              ? t('approvals.overdueBy', { duration: formatOverdue(late, i18n.language) })
              : t('approvals.due', {
                  when: formatRelativeTime(entry.dueAt, new Date(now), i18n.language),
                })}
          </span>
          {' · '}
          {t('approvals.step', { step: entry.currentStep + 1, of: entry.stepCount })}
          {entry.discountPercent !== null &&
            ` · ${t('approvals.discount', { percent: entry.discountPercent })}`}
        </span>
      </div>
      {decision && <DecisionBadge state={decision} />}
    </li>
  );
});
