import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DealsTable, useDealRows } from '../deals';
import { tableFormatters } from '../../ui/formatters';
import { ActivitySection } from './ActivitySection';
import { AgreementsSection } from './AgreementsSection';
import { BusinessPlanSection } from './BusinessPlanSection';
import { ContactsSection } from './ContactsSection';
import { FundsSection } from './FundsSection';
import { OrganisationSection } from './OrganisationSection';
import { PerformanceSection } from './PerformanceSection';
import { RequestsSection } from './RequestsSection';
import { Section } from './Section';
import { usePartner360 } from './usePartner360';
import './partner-360.css';

type Partner360Props = {
  partnerId: string;
  onBack: () => void;
  onOpenPartner: (partnerId: string) => void;
};

const sections = [
  'organisation',
  'agreements',
  'plan',
  'performance',
  'deals',
  'requests',
  'funds',
  'contacts',
  'activity',
] as const;

const PARTNER_DEAL_COLUMNS_HIDDEN = ['partner', 'country', 'conflicts'];

/** One partner, everything about it on one page: the partner 360. */
export function Partner360({ partnerId, onBack, onOpenPartner }: Partner360Props) {
  const { t, i18n } = useTranslation();
  const view = usePartner360(partnerId);
  const deals = useDealRows(partnerId);
  const now = useMemo(() => new Date().toISOString(), []);
  const today = now.slice(0, 10);
  const format = tableFormatters(i18n.language);
  const names = useMemo(() => new Map(view ? [[view.partner.id, view.partner.name]] : []), [view]);
  const back = (
    <button type="button" className="p360-back" onClick={onBack}>
      <span aria-hidden>← </span>
      {t('p360.back')}
    </button>
  );
  if (view === undefined) return <p className="app-message">{t('app.loading')}</p>;
  if (view === null) {
    return (
      <div className="p360">
        {back}
        <p className="app-message">{t('p360.missing')}</p>
      </div>
    );
  }
  const { partner } = view;
  return (
    <article className="p360" aria-labelledby="p360-title">
      <header className="p360-header">
        {back}
        <h2 id="p360-title">{partner.name}</h2>
        <p className="p360-header__facts">
          <span className={`tier tier--${partner.tier}`}>{t(`partners.tier.${partner.tier}`)}</span>
          <span>{t(`partners.type.${partner.type}`)}</span>
          <span>{t(`partners.status.${partner.status}`)}</span>
          {partner.region && <span>{partner.region}</span>}
          <span>{t('p360.revenueYtd', { amount: format.money(partner.revenueYtd) })}</span>
        </p>
        <nav className="p360-jump" aria-label={t('p360.sections')}>
          {sections.map((section) => (
            <a key={section} href={`#p360-${section}`}>
              {t(`p360.jump.${section}`)}
            </a>
          ))}
        </nav>
      </header>
      <div className="p360-grid">
        <OrganisationSection
          partner={partner}
          parent={view.parent}
          children={view.children}
          onOpenPartner={onOpenPartner}
        />
        <AgreementsSection agreements={partner.agreements} today={today} />
        <BusinessPlanSection plans={partner.businessPlans} />
        <PerformanceSection performance={view.performance} />
        <Section id="deals" title={t('p360.deals.heading', { count: deals?.length ?? 0 })} wide>
          {deals ? (
            <DealsTable
              deals={deals}
              partnerNames={names}
              label={t('p360.deals.table')}
              hiddenColumns={PARTNER_DEAL_COLUMNS_HIDDEN}
              compact
            />
          ) : (
            <p className="p360-empty">{t('app.loading')}</p>
          )}
        </Section>
        <RequestsSection requests={view.requests} />
        <FundsSection funds={view.funds} today={today} />
        <ContactsSection contacts={view.contacts} now={now} />
        <ActivitySection partner={partner} activities={view.activities} />
      </div>
    </article>
  );
}
