import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/format/money';
import { formatDateTime, formatRelativeTime } from '../../../../shared/format/time';
import { awaitsDecision } from '../../../../shared/rules/request-status';
import type { Decision, DecisionAction, Request } from '../../../../shared/schema';
import { DecisionBadge } from '../DecisionBadge';
import { DecisionControls, type DecisionControlsHandle } from '../DecisionControls';
import { decisionState } from '../decision-state';
import { AttachmentsPanel } from '../detail/AttachmentsPanel';
import { AuditTrailPanel } from '../detail/AuditTrailPanel';
import { DealPanel } from '../detail/DealPanel';
import { DecisionFollowUp } from '../detail/DecisionFollowUp';
import { EffectNote } from '../detail/EffectNote';
import { followedDecision, useFollowedDecision } from '../detail/followed-decision';
import { FundPanel } from '../detail/FundPanel';
import { PartnerKpisPanel } from '../detail/PartnerKpisPanel';
import { SpiffPayoutPanel } from '../detail/SpiffPayoutPanel';
import { StepsPanel } from '../detail/StepsPanel';
import {
  useDeals,
  useFund,
  usePartner,
  usePerformance,
  useRequestDecisions,
  useUsers,
} from '../detail/useDetailData';
import { overdueBy, type InboxEntry } from './inbox-entry';
import { canDecide } from './my-decisions';
import { formatOverdue, requestTitle } from './request-text';
import { usePartnerNames } from './usePartnerNames';
import { useRequest } from './useRequest';
import { useCamSession } from '../../../app/CamContext';
import { latestBy } from '../detail/DecisionFollowUp';

type RequestDetailProps = {
  entry: InboxEntry;
  partnerName: string | undefined;
  decision: Decision | undefined;
  /** In my inbox, so mine to decide; else shown read-only (opened from My decisions). */
  decidable: boolean;
  online: boolean;
  now: number;
  controls: Ref<DecisionControlsHandle>;
  onDecided: (action: DecisionAction) => void;
};

const HISTORY_SHOWN = 6;
const noDecider = () => undefined;
const dealTypes: ReadonlySet<Request['type']> = new Set(['deal_registration', 'special_pricing']);
const fundTypes: ReadonlySet<Request['type']> = new Set(['mdf_preapproval', 'mdf_claim']);

/**
 * The selected request, with everything needed to decide it here: its facts, the partner's
 * KPIs, the deal and what it conflicts with or the fund it draws on, the steps and who holds
 * them, attachments, history and the audit trail; the decision controls, and once decided the
 * expected effect, marked as waiting until the store's outcome replaces it. A decision that
 * takes the request out of the list stays in view above the next one until dismissed.
 */
export function RequestDetail({
  entry,
  partnerName,
  decision,
  decidable,
  online,
  now,
  controls,
  onDecided,
}: RequestDetailProps) {
  const { t, i18n } = useTranslation();
  const followed = useFollowedDecision();
  const request = useRequest(entry.id);
  const title = requestTitle(t, entry, partnerName, i18n.language);
  const late = overdueBy(entry, now);
  const decided = (action: DecisionAction) => {
    followedDecision.set({ requestId: entry.id, title });
    onDecided(action);
  };
  return (
    <>
      {followed && followed.requestId !== entry.id && (
        <DecisionFollowUp
          requestId={followed.requestId}
          title={followed.title}
          onDismiss={() => {
            followedDecision.set(null);
          }}
        />
      )}
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
          {awaitsDecision(entry.status) ? (
            <>
              <dt>{t('approvals.inbox.due')}</dt>
              <dd className={late > 0 ? 'inbox-row__due--overdue' : undefined}>
                {formatDateTime(entry.dueAt, i18n.language)} ·{' '}
                {late > 0
                  ? t('approvals.overdueBy', { duration: formatOverdue(late, i18n.language) })
                  : t('approvals.due', {
                      when: formatRelativeTime(entry.dueAt, new Date(now), i18n.language),
                    })}
              </dd>
            </>
          ) : (
            <>
              <dt>{t('approvals.inbox.status')}</dt>
              <dd>{t(`deals.registration.${entry.status}`)}</dd>
            </>
          )}
          {entry.stepRole !== undefined && (
            <>
              <dt>{t('approvals.inbox.stepLabel')}</dt>
              <dd>
                {t('approvals.step', { step: entry.currentStep + 1, of: entry.stepCount })}
                {` · ${t(`approvals.inbox.role.${entry.stepRole}`)}`}
              </dd>
            </>
          )}
        </dl>
        {decision && <DecisionBadge state={decisionState(decision, online, noDecider)} />}
        {decidable && canDecide(decision) && (
          <DecisionControls key={entry.id} request={entry} ref={controls} onDecided={decided} />
        )}
        {request && (
          <RequestContext
            request={request}
            myDecision={decision}
            decidedHere={followed?.requestId === request.id}
            now={now}
          />
        )}
      </section>
    </>
  );
}

type RequestContextProps = {
  request: Request;
  /** My decision the inbox knows of: still waiting for the store, or refused by it. */
  myDecision: Decision | undefined;
  /** Whether I just decided it here: its applied outcome shows until the request moves on. */
  decidedHere: boolean;
  now: number;
};

/** What the panel reads for the one request shown, each by id or an indexed field. */
function RequestContext({ request, myDecision, decidedHere, now }: RequestContextProps) {
  const { t, i18n } = useTranslation();
  const { userId } = useCamSession();
  const partner = usePartner(request.partnerId);
  const performance = usePerformance(request.partnerId);
  const isDeal = dealTypes.has(request.type);
  const deal = useDeals(isDeal ? [request.subjectId] : []).get(request.subjectId);
  const conflicts = useDeals(deal?.conflictsWith ?? []);
  const conflictPartners = usePartnerNames([...conflicts.values()].map((other) => other.partnerId));
  const fund = useFund(fundTypes.has(request.type) ? request.subjectId : null);
  const decisions = useRequestDecisions(request.id);
  const people = [
    ...request.steps.flatMap((step) => [step.assigneeId, step.decidedBy]),
    ...request.history.map((event) => event.actorId),
    ...decisions.map((each) => each.decidedBy),
  ].filter((id): id is string => id !== null);
  const users = useUsers(people);
  // My decision's effect: the one still waiting or refused, or the one I just made here.
  const shown = myDecision
    ? decisions.find((each) => each.id === myDecision.id)
    : decidedHere
      ? latestBy(decisions, userId)
      : undefined;
  const subject = {
    deal,
    fund,
    partner: request.type === 'partner_onboarding' ? partner : undefined,
  };
  return (
    <>
      {shown && <EffectNote request={request} decision={shown} subject={subject} />}
      <PartnerKpisPanel partner={partner} performance={performance} now={now} />
      {isDeal && <DealPanel deal={deal} deals={conflicts} partnerNames={conflictPartners} />}
      {fundTypes.has(request.type) && <FundPanel fund={fund} />}
      {request.type === 'spiff_claim' && <SpiffPayoutPanel claim={request} />}
      <StepsPanel request={request} users={users} />
      <AttachmentsPanel attachments={request.attachments} />
      <section className="detail-section" aria-label={t('approvals.inbox.history')}>
        <h4>{t('approvals.inbox.history')}</h4>
        {request.history.length === 0 ? (
          <p className="muted">{t('requestDetail.noHistory')}</p>
        ) : (
          <ul className="detail-list">
            {request.history
              .slice(-HISTORY_SHOWN)
              .reverse()
              .map((event, position) => (
                <li key={`${event.at}-${position}`}>
                  <span>
                    {t(`approvals.inbox.event.${event.action}`)}
                    {event.actorId && ` · ${users.get(event.actorId)?.name ?? event.actorId}`}
                    {event.note && <span className="muted"> · {event.note}</span>}
                  </span>
                  <span className="muted">{formatDateTime(event.at, i18n.language)}</span>
                </li>
              ))}
          </ul>
        )}
      </section>
      <AuditTrailPanel request={request} decisions={decisions} users={users} />
    </>
  );
}
