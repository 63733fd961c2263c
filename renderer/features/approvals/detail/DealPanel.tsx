import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/format/money';
import { customerMatches } from '../../../../shared/rules/channel-conflict';
import type { Deal } from '../../../../shared/schema';

type DealPanelProps = {
  deal: Deal | undefined;
  /** The deals this device holds among those the deal conflicts with, by id. */
  deals: ReadonlyMap<string, Deal>;
  partnerNames: ReadonlyMap<string, string>;
};

const formatDate = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));

/**
 * The deal the request is about and every record it conflicts with (deal.conflictsWith, found
 * by the store's channel-conflict rule): whose, for which customer, how they match, where the
 * other registration stands. A record this device does not hold (a direct opportunity, another
 * territory's registration) is listed by its id.
 */
export function DealPanel({ deal, deals, partnerNames }: DealPanelProps) {
  const { t, i18n } = useTranslation();
  if (!deal) return null;
  const customer = deal.endCustomer;
  return (
    <section className="detail-section" aria-label={t('requestDetail.deal.title')}>
      <h4>{t('requestDetail.deal.title')}</h4>
      <dl className="detail-kpis">
        <dt>{t('requestDetail.deal.customer')}</dt>
        <dd>
          {customer.name} · {customer.domain} · {customer.country}
        </dd>
        <dt>{t('requestDetail.deal.amount')}</dt>
        <dd>{formatMoney(deal.amount, i18n.language)}</dd>
        <dt>{t('requestDetail.deal.registration')}</dt>
        <dd>
          {t(`detail.registration.${deal.registrationStatus}`)}
          {deal.protectionExpiresAt &&
            ` · ${t('requestDetail.deal.protectedUntil', { date: formatDate(deal.protectionExpiresAt, i18n.language) })}`}
        </dd>
        <dt>{t('requestDetail.deal.expectedClose')}</dt>
        <dd>{formatDate(deal.expectedCloseAt, i18n.language)}</dd>
        {deal.specialPricing && (
          <>
            <dt>{t('requestDetail.deal.authorization')}</dt>
            <dd>{deal.specialPricing.authorizationId}</dd>
          </>
        )}
      </dl>
      <h5>{t('requestDetail.deal.conflicts', { count: deal.conflictsWith.length })}</h5>
      {deal.conflictsWith.length === 0 ? (
        <p className="muted">{t('requestDetail.deal.noConflicts')}</p>
      ) : (
        <ul
          className="detail-list detail-conflicts"
          aria-label={t('requestDetail.deal.conflictList')}
        >
          {deal.conflictsWith.map((id) => {
            const other = deals.get(id);
            if (!other) {
              return (
                <li key={id} data-conflict-id={id}>
                  <span>{t('requestDetail.deal.conflictElsewhere', { id })}</span>
                </li>
              );
            }
            const matches = customerMatches(customer, other.endCustomer);
            return (
              <li key={id} data-conflict-id={id}>
                <span>
                  {partnerNames.get(other.partnerId) ?? other.partnerId} · {other.endCustomer.name}{' '}
                  · {other.endCustomer.domain}
                  <span className="muted">
                    {' · '}
                    {matches.map((match) => t(`requestDetail.deal.match.${match}`)).join(', ')}
                  </span>
                </span>
                <span className="muted">
                  {t(`detail.registration.${other.registrationStatus}`)} ·{' '}
                  {formatMoney(other.amount, i18n.language)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
