import type { ReportScope } from '../../shared/reports/report-request';
import type { CliSources } from './sources';

/** A scope that does not exist or that the user may not see: exit code 3. */
export class ReportScopeRefused extends Error {}

/**
 * Checks the scope against what was read. Through the store, what was read is what the user may
 * see, so a territory outside it is refused in those words (the store does not say whether it
 * exists, and neither does the CLI); from the database, it does not exist.
 */
export function checkScope(
  scope: ReportScope,
  sources: CliSources,
  viewer: { userId: string } | 'everything',
): void {
  const outside = (what: string) =>
    viewer === 'everything'
      ? `${what} does not exist in the store's database`
      : `${what} is not in what user ${viewer.userId} may see`;
  switch (scope.kind) {
    case 'territories': {
      const known = new Set(sources.territories.map((territory) => territory.id));
      const missing = scope.territoryIds.filter((id) => !known.has(id));
      if (missing.length > 0) {
        throw new ReportScopeRefused(missing.map((id) => outside(`territory ${id}`)).join('; '));
      }
      return;
    }
    case 'region': {
      const wanted = scope.region.trim().toLowerCase();
      const regions = [...new Set(sources.territories.map((territory) => territory.region))];
      if (!regions.some((region) => region.toLowerCase() === wanted)) {
        throw new ReportScopeRefused(
          `${outside(`region "${scope.region}"`)} (regions: ${regions.join(', ') || 'none'})`,
        );
      }
      return;
    }
    case 'partners': {
      const known = new Set(sources.partners.map((partner) => partner.id));
      const missing = scope.partnerIds.filter((id) => !known.has(id));
      if (missing.length > 0) {
        const shown = missing.slice(0, 5).join(', ');
        const more = missing.length > 5 ? ` and ${String(missing.length - 5)} more` : '';
        throw new ReportScopeRefused(outside(`partner ${shown}${more}`));
      }
      return;
    }
  }
}
