import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../shared/schema';
import type { RelatedPartner } from './usePartner360';
import { Empty, Section } from './Section';

type OrganisationSectionProps = {
  partner: Partner;
  parent: RelatedPartner | null;
  children: RelatedPartner[];
  onOpenPartner: (partnerId: string) => void;
};

/** Where the partner sits among its organisations, and where it is. */
export function OrganisationSection({
  partner,
  parent,
  children,
  onOpenPartner,
}: OrganisationSectionProps) {
  const { t, i18n } = useTranslation();
  const countries = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const place = (city: string, country: string) => `${city}, ${countries.of(country) ?? country}`;
  const link = (related: RelatedPartner) => (
    <button
      type="button"
      className="p360-link"
      onClick={() => {
        onOpenPartner(related.id);
      }}
    >
      {related.name}
    </button>
  );
  return (
    <Section id="organisation" title={t('p360.organisation.title')}>
      <dl className="p360-facts">
        <dt>{t('p360.organisation.parent')}</dt>
        <dd>
          {parent
            ? link(parent)
            : partner.parentId
              ? t('p360.organisation.parentElsewhere')
              : t('p360.organisation.noParent')}
        </dd>
        <dt>{t('p360.organisation.children', { count: children.length })}</dt>
        <dd>
          {children.length === 0 ? (
            t('p360.organisation.noChildren')
          ) : (
            <ul className="p360-plain-list">
              {children.map((child) => (
                <li key={child.id}>
                  {link(child)} <span className="muted">{place(child.city, child.country)}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('p360.organisation.locations', { count: partner.locations.length })}</dt>
        <dd>
          {partner.locations.length === 0 ? (
            <Empty>{t('p360.organisation.noLocations')}</Empty>
          ) : (
            <ul className="p360-plain-list">
              {partner.locations.map((location) => (
                <li key={`${location.country}-${location.city}`}>
                  {place(location.city, location.country)}
                  {location.headquarters && (
                    <span className="p360-badge">{t('p360.organisation.headquarters')}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </Section>
  );
}
