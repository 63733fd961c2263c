import { useCallback, useState } from 'react';
import { DEFAULT_REPORTING_CURRENCY, type Territory } from '../../../shared/schema';
import { storageKeys } from '../../app/storage-keys';
import { useCamSession } from '../../app/CamContext';

/**
 * The currency this user reads totals in: their saved choice on this device, else the reporting
 * currency of their (first) territory. Kept in localStorage, per user.
 */
export function useReportingCurrency(
  territories: readonly Territory[] | undefined,
): [string, (currency: string) => void] {
  const { userId } = useCamSession();
  const key = storageKeys.reportingCurrency(userId);
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem(key));
  const choose = useCallback(
    (currency: string) => {
      localStorage.setItem(key, currency);
      setChosen(currency);
    },
    [key],
  );
  const territoryDefault = territories?.[0]?.reportingCurrency ?? DEFAULT_REPORTING_CURRENCY;
  return [chosen ?? territoryDefault, choose];
}
