import { DEFAULT_REPORTING_CURRENCY } from '../../shared/schema';

/**
 * The currency each generated territory reports in: Iberia and Latin America in euros (its
 * manager sits in Madrid), so its dashboard converts every partner's money; the rest in dollars.
 */
const reportingCurrencies: Readonly<Record<string, string>> = {
  'territory-iberia-latam': 'EUR',
};

export function reportingCurrencyOf(territoryId: string): string {
  return reportingCurrencies[territoryId] ?? DEFAULT_REPORTING_CURRENCY;
}
