import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/format/money';
import { formatDateTime } from '../../../shared/format/time';
import type { Partner } from '../../../shared/schema';
import { RevenueChart } from './RevenueChart';
import { usePartnerDetail } from './usePartnerDetail';

type PartnerDetailPanelProps = { partner: Partner; onClose: () => void };

/** One partner at a glance: agreements, people, open deals and requests, funds, revenue. */
export function PartnerDetailPanel({ partner, onClose }: PartnerDetailPanelProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const detail = usePartnerDetail(partner.id);
  const date = (iso: string | null) =>
    iso ? new Intl.DateTimeFormat(locale).format(new Date(iso)) : '—';
  const openDeals =
    detail?.deals.filter(
      (deal) => !['rejected', 'withdrawn', 'expired'].includes(deal.registrationStatus),
    ) ?? [];

  return (
    <aside className="partner-detail" aria-label={partner.name}>
      <header className="partner-detail__header">
        <div>
          <h3>{partner.name}</h3>
          <p className="partner-detail__meta">
            {t(`partners.type.${partner.type}`)} · {t(`partners.tier.${partner.tier}`)} ·{' '}
            {t(`partners.status.${partner.status}`)}
          </p>
        </div>
        <button
          type="button"
          className="partner-detail__close"
          onClick={onClose}
          aria-label={t('detail.close')}
        >
          ×
        </button>
      </header>
      {!detail ? (
        <p className="partner-detail__loading">{t('app.loading')}</p>
      ) : (
        <div className="partner-detail__body">
          <section>
            <h4>{t('detail.revenue')}</h4>
            {detail.performance.length > 0 ? (
              <RevenueChart performance={detail.performance} locale={locale} />
            ) : (
              <p className="muted">{t('detail.none')}</p>
            )}
          </section>
          <section>
            <h4>{t('detail.agreements')}</h4>
            <ul className="detail-list">
              {partner.agreements.map((agreement) => (
                <li key={agreement.id}>
                  <span>{t(`detail.agreementKind.${agreement.kind}`)}</span>
                  <span className="muted">
                    {t('detail.signedExpires', {
                      signed: date(agreement.signedOn),
                      expires: date(agreement.expiresOn),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h4>{t('detail.openRequests', { count: detail.requests.length })}</h4>
            <ul className="detail-list">
              {detail.requests.map((request) => (
                <li key={request.id}>
                  <span>{request.title}</span>
                  <span className="muted">
                    {t('detail.due', { when: formatDateTime(request.dueAt, locale) })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h4>{t('detail.deals', { count: openDeals.length })}</h4>
            <ul className="detail-list">
              {openDeals.slice(0, 8).map((deal) => (
                <li key={deal.id}>
                  <span>{deal.endCustomer.name}</span>
                  <span className="muted">
                    {formatMoney(deal.amount, locale)} ·{' '}
                    {t(`detail.registration.${deal.registrationStatus}`)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h4>{t('detail.funds')}</h4>
            <ul className="detail-list">
              {detail.funds.map((fund) => (
                <li key={fund.id}>
                  <span>
                    {fund.fundType.toUpperCase()} {fund.period}
                  </span>
                  <span className="muted">
                    {t('detail.balanceExpires', {
                      balance: formatMoney(fund.balance, locale),
                      expires: date(fund.expiresOn),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h4>{t('detail.contacts', { count: detail.contacts.length })}</h4>
            <ul className="detail-list">
              {detail.contacts.slice(0, 8).map((contact) => (
                <li key={contact.id}>
                  <span>{contact.name}</span>
                  <span className="muted">
                    {t(`detail.contactRole.${contact.role}`)} ·{' '}
                    {t('detail.certifications', { count: contact.certifications.length })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </aside>
  );
}
