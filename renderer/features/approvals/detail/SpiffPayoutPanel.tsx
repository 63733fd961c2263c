import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/format/money';
import { payeeLabel } from '../../../../shared/rules/spiff-payee';
import type { Request } from '../../../../shared/schema';
import { spiffPayout } from './spiff-payout';

type SpiffPayoutPanelProps = {
  claim: Pick<Request, 'status' | 'payee' | 'amount' | 'approvedAmount' | 'payment'>;
};

/** The rep a SPIFF claim pays, and the payout owed to them or paid. */
export function SpiffPayoutPanel({ claim }: SpiffPayoutPanelProps) {
  const { t, i18n } = useTranslation();
  const payout = spiffPayout(claim);
  const sentence = (() => {
    switch (payout.kind) {
      case 'no_rep':
      case 'none_owed':
        return t(`requestDetail.payout.${payout.kind}`);
      case 'owed_on_approval':
      case 'owed':
        return t(`requestDetail.payout.${payout.kind}`, {
          payee: payeeLabel(payout.payee),
          amount: formatMoney(payout.amount, i18n.language),
        });
      case 'paid':
        return t('requestDetail.payout.paid', {
          payee: payeeLabel(payout.payee),
          amount: formatMoney(payout.payment.amount, i18n.language),
          reference: payout.payment.reference,
        });
    }
  })();
  return (
    <section className="detail-section" aria-label={t('requestDetail.payout.title')}>
      <h4>{t('requestDetail.payout.title')}</h4>
      {payout.kind !== 'no_rep' && (
        <dl className="detail-kpis">
          <dt>{t('requestDetail.payout.rep')}</dt>
          <dd>{payeeLabel(payout.payee)}</dd>
        </dl>
      )}
      <p className={payout.kind === 'no_rep' ? 'muted' : undefined}>{sentence}</p>
    </section>
  );
}
