import { useTranslation } from 'react-i18next';
import type { Fund } from '../../../shared/schema';
import { tableFormatters } from '../../ui/formatters';
import { Empty, Section } from './Section';

/** Each fund's balance now, and every period's allocation, newest first: the MDF history. */
export function FundsSection({ funds, today }: { funds: Fund[]; today: string }) {
  const { t, i18n } = useTranslation();
  const format = tableFormatters(i18n.language);
  const history = [...funds].sort((a, b) =>
    a.period === b.period ? a.fundType.localeCompare(b.fundType) : a.period < b.period ? 1 : -1,
  );
  // Open balances per currency: each currency summed on its own, never added across.
  const open = new Map<string, number>();
  for (const fund of funds) {
    if (fund.expiresOn < today) continue;
    open.set(
      fund.balance.currency,
      (open.get(fund.balance.currency) ?? 0) + fund.balance.amountMinor,
    );
  }
  return (
    <Section id="funds" title={t('detail.funds')} wide>
      {funds.length === 0 ? (
        <Empty>{t('p360.funds.none')}</Empty>
      ) : (
        <>
          <p className="p360-summary">
            {open.size === 0
              ? t('p360.funds.noOpenBalance')
              : t('p360.funds.openBalance', {
                  balance: [...open]
                    .map(([currency, amountMinor]) => format.money({ currency, amountMinor }))
                    .join(' · '),
                })}
          </p>
          <div className="p360-scroll" tabIndex={0} role="region" aria-labelledby="p360-funds">
            <table className="p360-table" aria-label={t('p360.funds.table')}>
              <thead>
                <tr>
                  <th scope="col">{t('p360.funds.fund')}</th>
                  {(['budget', 'allocated', 'accrued', 'reserved', 'paid', 'balance'] as const).map(
                    (column) => (
                      <th key={column} scope="col" className="numeric">
                        {t(`p360.funds.${column}`)}
                      </th>
                    ),
                  )}
                  <th scope="col">{t('p360.funds.expires')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((fund) => (
                  <tr
                    key={fund.id}
                    className={fund.expiresOn < today ? 'p360-row--past' : undefined}
                  >
                    <td>{t(`p360.funds.kind.${fund.fundType}`, { period: fund.period })}</td>
                    <td className="numeric">{format.money(fund.budget)}</td>
                    <td className="numeric">{format.money(fund.allocated)}</td>
                    <td className="numeric">{format.money(fund.accrued)}</td>
                    <td className="numeric">{format.money(fund.reserved)}</td>
                    <td className="numeric">{format.money(fund.paid)}</td>
                    <td className="numeric">{format.money(fund.balance)}</td>
                    <td>
                      {fund.expiresOn < today
                        ? t('p360.funds.expired', { when: format.day(fund.expiresOn) })
                        : format.day(fund.expiresOn)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
