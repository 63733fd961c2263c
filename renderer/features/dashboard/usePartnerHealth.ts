import { useMemo } from 'react';
import { map } from 'rxjs';
import type { HealthScore } from '../../../shared/rules/health-score';
import type { Partner, Program, Territory } from '../../../shared/schema';
import { useCamSession } from '../../app/CamContext';
import { useObservable } from '../../app/useObservable';
import { partnerHealth, tierRequirements } from '../../../shared/figures/partner-health';
import { reportingIn } from '../../../shared/figures/reporting-money';
import { rateTableOf } from './useDashboard';
import { useReportingCurrency } from './useReportingCurrency';

/**
 * One partner's health score and tier advice, as the dashboard judges it (for the partner
 * view): reads that partner's territory and the programs only. Undefined while they load or
 * when the territory has no rollup yet.
 */
export function usePartnerHealth(partner: Partner | undefined): HealthScore | undefined {
  const { database } = useCamSession();
  const territoryId = partner?.territoryId;
  const territories$ = useMemo(
    () =>
      database.territories
        .find()
        .$.pipe(map((documents) => documents.map((document) => document.toJSON() as Territory))),
    [database],
  );
  const programs$ = useMemo(
    () =>
      database.programs
        .find()
        .$.pipe(map((documents) => documents.map((document) => document.toJSON() as Program))),
    [database],
  );
  const territories = useObservable<Territory[] | undefined>(territories$, undefined);
  const programs = useObservable<Program[] | undefined>(programs$, undefined);
  const [currency] = useReportingCurrency(territories);
  return useMemo(() => {
    const territory = territories?.find((candidate) => candidate.id === territoryId);
    const rollup = territory?.rollup;
    const counted = rollup?.partners.find((entry) => entry.partnerId === partner?.id);
    if (!partner || !territories || !programs || !rollup || !counted) return undefined;
    const today = new Date().toISOString().slice(0, 10);
    const reporting = reportingIn(currency, rateTableOf(territories));
    const requirements = tierRequirements(programs, today, reporting);
    return partnerHealth(partner, rollup, counted, requirements, today, reporting);
  }, [partner, territoryId, territories, programs, currency]);
}
