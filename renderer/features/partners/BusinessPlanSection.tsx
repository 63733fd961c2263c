import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyDigits } from '../../../shared/format/money';
import { businessPlanMetrics, type BusinessPlan } from '../../../shared/schema';
import { Empty, Section } from './Section';

/** The joint business plan of a year: each quarter's goals, what was reached, how far along. */
export function BusinessPlanSection({ plans }: { plans: BusinessPlan[] }) {
  const { t, i18n } = useTranslation();
  const years = plans.map((plan) => plan.year).sort((a, b) => b - a);
  const [chosenYear, setChosenYear] = useState<number>();
  const year = chosenYear ?? years[0];
  const plan = plans.find((candidate) => candidate.year === year);
  const number = new Intl.NumberFormat(i18n.language);
  const metrics = businessPlanMetrics.filter((metric) =>
    plan?.quarters.some((quarter) => quarter.goals.some((goal) => goal.metric === metric)),
  );
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const value = (metric: string, amount: number) => {
    if (!plan || (metric !== 'revenue' && metric !== 'pipeline')) return number.format(amount);
    return new Intl.NumberFormat(i18n.language, {
      style: 'currency',
      currency: plan.currency,
      notation: 'compact',
    }).format(amount / 10 ** currencyDigits(plan.currency));
  };
  return (
    <Section id="plan" title={t('p360.plan.title')} wide>
      {!plan ? (
        <Empty>{t('p360.plan.none')}</Empty>
      ) : (
        <>
          {years.length > 1 && (
            <label className="table-toolbar__field p360-year">
              <span>{t('p360.plan.year')}</span>
              <select
                value={plan.year}
                onChange={(event) => {
                  setChosenYear(Number(event.target.value));
                }}
              >
                {years.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {candidate}
                  </option>
                ))}
              </select>
            </label>
          )}
          <table className="p360-table" aria-label={t('p360.plan.table', { year: plan.year })}>
            <thead>
              <tr>
                <th scope="col">{t('p360.plan.goal')}</th>
                {plan.quarters.map((quarter) => (
                  <th key={quarter.quarter} scope="col">
                    {t('p360.plan.quarterName', { quarter: quarter.quarter })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {metrics.map((metric) => (
                <tr key={metric}>
                  <th scope="row">{t(`p360.plan.metric.${metric}`)}</th>
                  {plan.quarters.map((quarter) => {
                    const goal = quarter.goals.find((candidate) => candidate.metric === metric);
                    if (!goal) return <td key={quarter.quarter}>—</td>;
                    const share = goal.target > 0 ? goal.actual / goal.target : 0;
                    return (
                      <td key={quarter.quarter}>
                        {t('p360.plan.reached', {
                          actual: value(metric, goal.actual),
                          target: value(metric, goal.target),
                        })}
                        <br />
                        <span className="p360-progress" aria-hidden>
                          <span style={{ width: `${String(Math.min(100, share * 100))}%` }} />
                        </span>{' '}
                        {percent.format(share)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Section>
  );
}
