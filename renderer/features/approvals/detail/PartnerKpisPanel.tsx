import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/format/money';
import type { Partner, Performance } from '../../../../shared/schema';
import { partnerKpis } from './partner-kpis';

type PartnerKpisPanelProps = {
  partner: Partner | undefined;
  performance: readonly Performance[];
  now: number;
};

/** Who the partner is and how it performs: tier, status, revenue, trend and win rate. */
export function PartnerKpisPanel({ partner, performance, now }: PartnerKpisPanelProps) {
  const { t, i18n } = useTranslation();
  const kpis = partnerKpis(performance, new Date(now));
  const percent = (value: number, signed = false) =>
    new Intl.NumberFormat(i18n.language, {
      style: 'percent',
      maximumFractionDigits: 0,
      signDisplay: signed ? 'exceptZero' : 'auto',
    }).format(value);
  return (
    <section className="detail-section" aria-label={t('requestDetail.partner.title')}>
      <h4>{t('requestDetail.partner.title')}</h4>
      <dl className="detail-kpis">
        <dt>{t('requestDetail.partner.tier')}</dt>
        <dd>{partner ? t(`partners.tier.${partner.tier}`) : '…'}</dd>
        <dt>{t('requestDetail.partner.status')}</dt>
        <dd>{partner ? t(`partners.status.${partner.status}`) : '…'}</dd>
        <dt>{t('requestDetail.partner.revenue6')}</dt>
        <dd>{kpis ? formatMoney(kpis.revenueLast6, i18n.language) : '—'}</dd>
        <dt>{t('requestDetail.partner.revenue12')}</dt>
        <dd>{kpis ? formatMoney(kpis.revenueLast12, i18n.language) : '—'}</dd>
        <dt>{t('requestDetail.partner.trend')}</dt>
        <dd>
          {kpis?.trend === null || kpis === null
            ? '—'
            : t('requestDetail.partner.trendValue', { change: percent(kpis.trend, true) })}
        </dd>
        <dt>{t('requestDetail.partner.winRate')}</dt>
        <dd>{kpis?.winRate === null || kpis === null ? '—' : percent(kpis.winRate)}</dd>
      </dl>
    </section>
  );
}
