import { useTranslation } from 'react-i18next';
import type { HealthScore } from '../../../shared/rules/health-score';
import { formatPercent } from './format';

/** A health score with its reasons and the tier advice: for the dashboard and partner 360. */
export function PartnerHealth({ health }: { health: HealthScore | undefined }) {
  const { t, i18n } = useTranslation();
  if (!health) return <p className="partner-health__none">{t('health.none')}</p>;
  return (
    <section className="partner-health" aria-label={t('health.title')}>
      <p className={`partner-health__score partner-health__score--${health.band}`}>
        {t('health.score', { score: health.score })} · {t(`health.band.${health.band}`)}
      </p>
      <ul className="partner-health__reasons">
        {health.reasons.map((reason) => (
          <li key={reason.factor} className={`partner-health__reason--${reason.signal}`}>
            {t(`health.factor.${reason.factor}`)}: {reason.points}/{reason.maxPoints}
            {reason.value !== null &&
            reason.factor !== 'engagement' &&
            reason.factor !== 'registrations'
              ? ` (${formatPercent(reason.value, i18n.language)})`
              : reason.value !== null
                ? ` (${String(reason.value)})`
                : ''}{' '}
            — {t(`health.signal.${reason.signal}`)}
          </li>
        ))}
      </ul>
      {health.recommendation ? (
        <p className="partner-health__advice">
          {t(`health.${health.recommendation.direction}`, {
            tier: t(`partners.tier.${health.recommendation.tier}`),
          })}
        </p>
      ) : null}
    </section>
  );
}
