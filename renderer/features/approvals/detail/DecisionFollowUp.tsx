import { useTranslation } from 'react-i18next';
import type { Decision, Request } from '../../../../shared/schema';
import { useCamSession } from '../../../app/CamContext';
import { useRequest } from '../inbox/useRequest';
import { EffectNote } from './EffectNote';
import type { EffectSubject } from './expected-effect';
import { useDeals, useFund, usePartner, useRequestDecisions } from './useDetailData';

const dealTypes: ReadonlySet<Request['type']> = new Set(['deal_registration', 'special_pricing']);

/** The subject a decision on this request changes, read by its id: deal, fund or partner. */
export function useEffectSubject(request: Request | undefined): EffectSubject {
  const type = request?.type;
  const subjectId = request?.subjectId ?? null;
  const deals = useDeals(type && dealTypes.has(type) && subjectId !== null ? [subjectId] : []);
  const fund = useFund(type === 'mdf_preapproval' ? subjectId : null);
  const partner = usePartner(request?.partnerId ?? '');
  const deal = subjectId === null ? undefined : deals.get(subjectId);
  return { deal, fund, partner: type === 'partner_onboarding' ? partner : undefined };
}

/** The effect of one decision on its request, waiting or as the store answered it. */
export function DecisionEffect({ request, decision }: { request: Request; decision: Decision }) {
  const subject = useEffectSubject(request);
  return <EffectNote request={request} decision={decision} subject={subject} />;
}

/** The latest decision a person made among these. */
export function latestBy(decisions: readonly Decision[], userId: string): Decision | undefined {
  let latest: Decision | undefined;
  for (const decision of decisions) {
    if (decision.decidedBy === userId && (!latest || decision.decidedAt > latest.decidedAt))
      latest = decision;
  }
  return latest;
}

type DecisionFollowUpProps = { requestId: string; title: string; onDismiss: () => void };

/**
 * My latest decision on a request that has left the list since (the store applied it, so it
 * no longer waits for me): what it was expected to do, replaced by what the store did.
 */
export function DecisionFollowUp({ requestId, title, onDismiss }: DecisionFollowUpProps) {
  const { t } = useTranslation();
  const { userId } = useCamSession();
  const request = useRequest(requestId);
  const decisions = useRequestDecisions(requestId);
  const mine = latestBy(decisions, userId);
  if (!request || !mine) return null;
  return (
    <section className="detail-followup" aria-label={t('requestDetail.followUp.title')}>
      <div className="detail-section__header">
        <h4>{t('requestDetail.followUp.heading', { title })}</h4>
        <button
          type="button"
          className="button"
          aria-label={t('requestDetail.followUp.dismiss')}
          onClick={onDismiss}
        >
          ×
        </button>
      </div>
      <p className="muted">{t(`approvals.action.${mine.action}`)}</p>
      <DecisionEffect request={request} decision={mine} />
    </section>
  );
}
