import { useMemo } from 'react';
import { map } from 'rxjs';
import type { RateTable } from '../../../shared/rules/money';
import { useCamSession } from '../../app/CamContext';
import { storageKeys } from '../../app/storage-keys';
import { useObservable } from '../../app/useObservable';

/** The currency totals and cross-currency sorts are read in, and the dated rates to get there. */
export type Reporting = { currency: string; rates: RateTable };

/**
 * The user's reporting currency (their choice on the dashboard, kept per user; else their
 * territory's) and the exchange rates of their territory (the first, for a user with several),
 * live. `null` while the territory carries no rates: money then sorts within its own currency.
 */
export function useReporting(): Reporting | null | undefined {
  const { database, userId } = useCamSession();
  const reporting$ = useMemo(
    () =>
      database.territories.find({ sort: [{ id: 'asc' }] }).$.pipe(
        map((documents) => {
          const territory = documents[0];
          if (!territory || territory.exchangeRates.rates.length === 0) return null;
          return {
            currency:
              localStorage.getItem(storageKeys.reportingCurrency(userId)) ??
              territory.reportingCurrency,
            rates: territory.exchangeRates,
          };
        }),
      ),
    [database, userId],
  );
  return useObservable<Reporting | null | undefined>(reporting$, undefined);
}
