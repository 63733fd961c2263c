import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DecisionBadge } from '../DecisionBadge';
import { decisionState } from '../decision-state';
import { requestTitle } from './request-text';
import { usePartnerNames } from './usePartnerNames';
import { useRecentDecisions } from './useRecentDecisions';

type MyDecisionsProps = {
  online: boolean;
  /** Shows the request in the detail area, even once it waits for nobody (its audit trail). */
  onOpen: (requestId: string) => void;
};

/**
 * What became of my latest decisions: waiting, applied, superseded by whom, refused and why.
 * Each opens its request, so what happened to it stays readable after it left the inbox.
 */
export function MyDecisions({ online, onOpen }: MyDecisionsProps) {
  const { t, i18n } = useTranslation();
  const recent = useRecentDecisions();
  const partnerIds = useMemo(
    () => [...new Set([...(recent?.requests.values() ?? [])].map((request) => request.partnerId))],
    [recent],
  );
  const partnerNames = usePartnerNames(partnerIds);
  if (!recent || recent.decisions.length === 0) return null;
  const winnerName = (decisionId: string) => recent.winners.get(decisionId);
  return (
    <section className="inbox-decisions">
      <h3 className="page__subtitle">{t('approvals.myDecisions')}</h3>
      <ul className="inbox-decisions__list" aria-label={t('approvals.myDecisions')}>
        {recent.decisions.map((decision) => {
          const request = recent.requests.get(decision.requestId);
          return (
            <li key={decision.id} className="inbox-decisions__item">
              <div className="inbox-decisions__what">
                <strong>{t(`approvals.action.${decision.action}`)}</strong>
                <button
                  type="button"
                  className="inbox-decisions__open muted"
                  onClick={() => {
                    onOpen(decision.requestId);
                  }}
                >
                  {request
                    ? requestTitle(t, request, partnerNames.get(request.partnerId), i18n.language)
                    : decision.requestId}
                </button>
              </div>
              <DecisionBadge state={decisionState(decision, online, winnerName)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
