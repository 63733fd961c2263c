import { useTranslation } from 'react-i18next';
import type { PartnerAgreement } from '../../../shared/schema';
import { tableFormatters } from '../../ui/formatters';
import { agreementStanding } from './agreement-standing';
import { Empty, Section } from './Section';

/** The partner's agreements with when each was signed, when it expires, and where it stands. */
export function AgreementsSection({
  agreements,
  today,
}: {
  agreements: PartnerAgreement[];
  today: string;
}) {
  const { t, i18n } = useTranslation();
  const format = tableFormatters(i18n.language);
  return (
    <Section id="agreements" title={t('detail.agreements')}>
      {agreements.length === 0 ? (
        <Empty>{t('p360.agreements.none')}</Empty>
      ) : (
        <table className="p360-table" aria-labelledby="p360-agreements">
          <thead>
            <tr>
              <th scope="col">{t('p360.agreements.kind')}</th>
              <th scope="col">{t('p360.agreements.signed')}</th>
              <th scope="col">{t('p360.agreements.expires')}</th>
              <th scope="col">{t('p360.agreements.standing')}</th>
            </tr>
          </thead>
          <tbody>
            {agreements.map((agreement) => {
              const standing = agreementStanding(agreement, today);
              return (
                <tr key={agreement.id}>
                  <td>{t(`detail.agreementKind.${agreement.kind}`)}</td>
                  <td>{format.day(agreement.signedOn)}</td>
                  <td>{format.day(agreement.expiresOn)}</td>
                  <td>
                    <span className={`p360-standing p360-standing--${standing}`}>
                      {t(`p360.agreements.standings.${standing}`)}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Section>
  );
}
