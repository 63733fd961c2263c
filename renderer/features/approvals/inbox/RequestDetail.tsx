import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/format/money';
import { formatDateTime, formatRelativeTime } from '../../../../shared/format/time';
import type { Decision, DecisionAction } from '../../../../shared/schema';
import { DecisionBadge } from '../DecisionBadge';
import { DecisionControls, type DecisionControlsHandle } from '../DecisionControls';
import { decisionState } from '../decision-state';
import { overdueBy, type InboxEntry } from './inbox-entry';
import { canDecide } from './my-decisions';
import { formatOverdue, requestTitle } from './request-text';
import { useRequest } from './useRequest';

type RequestDetailProps = {
  entry: InboxEntry;
  partnerName: string | undefined;
  decision: Decision | undefined;
  online: boolean;
  now: number;
  controls: Ref<DecisionControlsHandle>;
  onDecided: (action: DecisionAction) => void;
};

const HISTORY_SHOWN = 6;
const noDecider = () => undefined;

/** The selected request: its facts, its steps and latest history, and the decision controls. */
export function RequestDetail({
  entry,
  partnerName,
  decision,
  online,
  now,
  controls,
  onDecided,
}: RequestDetailProps) {
  const { t, i18n } = useTranslation();
  const request = useRequest(entry.id);
  const title = requestTitle(t, entry, partnerName, i18n.language);
  const late = overdueBy(entry, now);
  return (
    <section className="inbox-detail" aria-label={t('approvals.inbox.detail')}>
      <h3 className="inbox-detail__title">{title}</h3>
      <dl className="inbox-detail__facts">
        <dt>{t('approvals.inbox.partner')}</dt>
        <dd>{partnerName ?? entry.partnerId}</dd>
        <dt>{t('approvals.inbox.type')}</dt>
        <dd>{t(`approvals.type.${entry.type}`)}</dd>
        {entry.amount && (
          <>
            <dt>{t('approvals.inbox.amount')}</dt>
            <dd>{formatMoney(entry.amount, i18n.language)}</dd>
          </>
        )}
        {entry.discountPercent !== null && (
          <>
            <dt>{t('approvals.inbox.discount')}</dt>
            <dd>{t('approvals.discount', { percent: entry.discountPercent })}</dd>
          </>
        )}
        <dt>{t('approvals.inbox.due')}</dt>
        <dd className={late > 0 ? 'inbox-row__due--overdue' : undefined}>
          {formatDateTime(entry.dueAt, i18n.language)} ·{' '}
          {late > 0
            ? t('approvals.overdueBy', { duration: formatOverdue(late, i18n.language) })
            : t('approvals.due', {
                when: formatRelativeTime(entry.dueAt, new Date(now), i18n.language),
              })}
        </dd>
        <dt>{t('approvals.inbox.stepLabel')}</dt>
        <dd>
          {t('approvals.step', { step: entry.currentStep + 1, of: entry.stepCount })}
          {request?.steps[entry.currentStep] &&
            ` · ${t(`approvals.inbox.role.${request.steps[entry.currentStep]?.role ?? 'cam'}`)}`}
        </dd>
      </dl>
      {decision && <DecisionBadge state={decisionState(decision, online, noDecider)} />}
      {canDecide(decision) && (
        <DecisionControls key={entry.id} request={entry} ref={controls} onDecided={onDecided} />
      )}
      {request && request.history.length > 0 && (
        <>
          <h4>{t('approvals.inbox.history')}</h4>
          <ul className="detail-list">
            {request.history
              .slice(-HISTORY_SHOWN)
              .reverse()
              .map((event, position) => (
                <li key={`${event.at}-${position}`}>
                  <span>
                    {t(`approvals.inbox.event.${event.action}`)}
                    {event.note && <span className="muted"> · {event.note}</span>}
                  </span>
                  <span className="muted">{formatDateTime(event.at, i18n.language)}</span>
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
