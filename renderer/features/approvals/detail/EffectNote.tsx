import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatMoney } from '../../../../shared/format/money';
import { payeeLabel } from '../../../../shared/rules/spiff-payee';
import type { Decision, Request } from '../../../../shared/schema';
import {
  expectedEffect,
  storedEffect,
  type DecisionEffect,
  type EffectSubject,
} from './expected-effect';

type EffectNoteProps = {
  request: Pick<Request, 'type' | 'steps' | 'amount' | 'approvedAmount' | 'payee'>;
  decision: Decision;
  subject: EffectSubject;
};

/**
 * What the decision does: while the store has not answered, the expected effect, marked as
 * waiting; once it has, what it did (read from the subject it replicated back), or why it did
 * not take the decision. One element whose text is replaced in place.
 */
export function EffectNote({ request, decision, subject }: EffectNoteProps) {
  const { t, i18n } = useTranslation();
  const { outcome } = decision;
  const state = outcome === null ? 'waiting' : outcome.status;
  const effect =
    outcome === null
      ? expectedEffect(request, decision, subject)
      : storedEffect(request, decision, subject, outcome.recordedAt);
  return (
    <div className={`effect-note effect-note--${state}`} role="status" data-effect-state={state}>
      <span className="effect-note__state">
        {state === 'rejected'
          ? t('requestDetail.effect.state.rejected', { reason: outcome?.reason ?? '' })
          : t(`requestDetail.effect.state.${state}`)}
      </span>
      {(state === 'waiting' || state === 'applied') && (
        <span className="effect-note__text">
          {effectText(t, effect, state === 'waiting' ? 'expected' : 'done', i18n.language)}
        </span>
      )}
    </div>
  );
}

const formatDate = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));

/** The effect in the reader's language: what will happen (`expected`) or what did (`done`). */
export function effectText(
  t: TFunction,
  effect: DecisionEffect,
  tense: 'expected' | 'done',
  locale: string,
): string {
  const key = `requestDetail.effect.${tense}.${effect.kind}`;
  switch (effect.kind) {
    case 'forwarded':
      return t(key, { role: t(`approvals.inbox.role.${effect.role}`) });
    case 'protected':
      return t(key, { date: formatDate(effect.until, locale) });
    case 'registration_rejected':
      return t(key, { reason: t(`requestDetail.rejectionReason.${effect.reason}`) });
    case 'authorization_issued':
      return effect.authorizationId === null
        ? t(`requestDetail.effect.${tense}.authorization_pending`)
        : t(key, { id: effect.authorizationId });
    case 'funds_reserved':
      return t(key, {
        amount: formatMoney(effect.amount, locale),
        fund: effect.period,
        balance: formatMoney(effect.balanceAfter, locale),
      });
    case 'funds_short':
      return t(key, {
        amount: formatMoney(effect.amount, locale),
        balance: formatMoney(effect.balance, locale),
      });
    case 'partner_activated':
      return t(key, { tier: t(`partners.tier.${effect.tier}`) });
    case 'payout_owed':
      return t(key, {
        payee: payeeLabel(effect.payee),
        amount: formatMoney(effect.amount, locale),
      });
    default:
      return t(key);
  }
}
