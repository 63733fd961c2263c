import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/format/money';
import { formatRelativeTime } from '../../../shared/format/time';
import type { Request } from '../../../shared/schema';
import { useNow } from '../sync-status/useNow';
import { useSyncStatus } from '../sync-status/useSyncStatus';
import { DecisionBadge } from './DecisionBadge';
import { DecisionControls } from './DecisionControls';
import { decisionState } from './decision-state';
import { useApprovalQueue } from './useApprovalQueue';

/** Requests waiting for me, decided with one click, online or not; and what became of each. */
export function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const queue = useApprovalQueue();
  const online = useSyncStatus().connection === 'online';
  const now = useNow();
  if (!queue) return null;

  // Only decisions from the current round count: a request returned for information and
  // resubmitted waits at the same step again.
  const latestDecision = (request: Request) => {
    const roundStart = request.history
      .filter((entry) => entry.action === 'submitted' || entry.action === 'resubmitted')
      .reduce((latest, entry) => (entry.at > latest ? entry.at : latest), request.submittedAt);
    return queue.decisions.find(
      (decision) =>
        decision.requestId === request.id &&
        decision.stepIndex === request.currentStep &&
        decision.decidedAt >= roundStart,
    );
  };
  const nameOfDecider = (decisionId: string) => {
    const userId = queue.decidersById.get(decisionId);
    return userId ? (queue.userNames.get(userId) ?? userId) : undefined;
  };

  return (
    <section className="page" aria-labelledby="approvals-title">
      <div className="page__header">
        <h2 id="approvals-title">{t('approvals.title')}</h2>
        <span className="page__count">{t('approvals.count', { count: queue.waiting.length })}</span>
      </div>
      <div className="page__scroll">
        {queue.waiting.length === 0 && <p className="data-table__empty">{t('approvals.empty')}</p>}
        <ul className="approval-list" aria-label={t('approvals.title')}>
          {queue.waiting.map((request) => {
            const mine = latestDecision(request);
            const overdue = Date.parse(request.dueAt) < now.getTime();
            return (
              <li key={request.id} className="approval" aria-label={request.title}>
                <div className="approval__main">
                  <strong>{request.title}</strong>
                  <span className="muted">
                    {queue.partnerNames.get(request.partnerId) ?? request.partnerId} ·{' '}
                    {t(`approvals.type.${request.type}`)}
                    {request.amount && ` · ${formatMoney(request.amount, i18n.language)}`}
                    {request.discountPercent !== null &&
                      ` · ${t('approvals.discount', { percent: request.discountPercent })}`}
                  </span>
                  <span
                    className={overdue ? 'approval__due approval__due--overdue' : 'approval__due'}
                  >
                    {t(overdue ? 'approvals.overdue' : 'approvals.due', {
                      when: formatRelativeTime(request.dueAt, now, i18n.language),
                    })}
                    {' · '}
                    {t('approvals.step', {
                      step: request.currentStep + 1,
                      of: request.steps.length,
                    })}
                  </span>
                </div>
                {mine && <DecisionBadge state={decisionState(mine, online, nameOfDecider)} />}
                {/* A refused decision (by the store, or not sent at all) can be made again. */}
                {(!mine || mine.outcome?.status === 'rejected') && (
                  <DecisionControls request={request} />
                )}
              </li>
            );
          })}
        </ul>
        {queue.decisions.length > 0 && (
          <>
            <h3 className="page__subtitle">{t('approvals.myDecisions')}</h3>
            <ul className="approval-list" aria-label={t('approvals.myDecisions')}>
              {queue.decisions.slice(0, 30).map((decision) => (
                <li key={decision.id} className="approval">
                  <div className="approval__main">
                    <strong>{t(`approvals.action.${decision.action}`)}</strong>
                    <span className="muted">
                      {queue.requestTitles.get(decision.requestId) ?? decision.requestId}
                    </span>
                  </div>
                  <DecisionBadge state={decisionState(decision, online, nameOfDecider)} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
