import { partnerHealth, tierRequirements } from '../../figures/partner-health';
import type { PartnerRollup } from '../../schema';
import type { ReportCell, ReportSheet } from '../report';
import { sheetOf, type SectionContext } from './section-context';

/** The dashboard's health score per partner and the tier its performance earns. */
export function tiersSection(context: SectionContext): ReportSheet {
  const { reporting, today } = context;
  const requirements = tierRequirements(context.sources.programs, today, reporting);
  const territories = new Map(
    context.sources.territories.map((territory) => [territory.id, territory]),
  );
  const counted = new Map<string, PartnerRollup>();
  for (const territory of context.sources.territories) {
    for (const entry of territory.rollup?.partners ?? []) counted.set(entry.partnerId, entry);
  }
  const rows: ReportCell[][] = [...context.partners]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((partner) => {
      const rollup = territories.get(partner.territoryId)?.rollup;
      const entry = counted.get(partner.id);
      // A partner the store has not counted yet has no health, as on the dashboard.
      const health =
        rollup && entry
          ? partnerHealth(partner, rollup, entry, requirements, today, reporting)
          : null;
      return [
        partner.name,
        partner.tier,
        health?.score ?? null,
        health?.band ?? null,
        health?.recommendation?.tier ?? null,
        health?.recommendation?.direction ?? null,
      ];
    });
  return sheetOf(
    context,
    'tiers',
    [
      { key: 'partner', kind: 'text' },
      { key: 'tier', kind: 'text' },
      { key: 'healthScore', kind: 'integer' },
      { key: 'band', kind: 'text' },
      { key: 'recommendedTier', kind: 'text' },
      { key: 'direction', kind: 'text' },
    ],
    rows,
  );
}
