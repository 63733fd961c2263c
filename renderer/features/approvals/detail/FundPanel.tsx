import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/format/money';
import type { Fund } from '../../../../shared/schema';

/** The partner's fund an MDF request draws on: balance, reserved, paid, and when it expires. */
export function FundPanel({ fund }: { fund: Fund | undefined }) {
  const { t, i18n } = useTranslation();
  const money = (value: Fund['balance']) => formatMoney(value, i18n.language);
  return (
    <section className="detail-section" aria-label={t('requestDetail.fund.title')}>
      <h4>{t('requestDetail.fund.title')}</h4>
      {!fund ? (
        <p className="muted">{t('requestDetail.fund.unknown')}</p>
      ) : (
        <dl className="detail-kpis">
          <dt>{t('requestDetail.fund.name')}</dt>
          <dd>{t(`requestDetail.fund.type.${fund.fundType}`, { period: fund.period })}</dd>
          <dt>{t('requestDetail.fund.balance')}</dt>
          <dd>{money(fund.balance)}</dd>
          <dt>{t('requestDetail.fund.reserved')}</dt>
          <dd>{money(fund.reserved)}</dd>
          <dt>{t('requestDetail.fund.paid')}</dt>
          <dd>{money(fund.paid)}</dd>
          <dt>{t('requestDetail.fund.expires')}</dt>
          <dd>
            {new Intl.DateTimeFormat(i18n.language, {
              dateStyle: 'medium',
              timeZone: 'UTC',
            }).format(new Date(`${fund.expiresOn}T00:00:00Z`))}
          </dd>
        </dl>
      )}
    </section>
  );
}
