import { dashboardFigures, defaultFilters } from '../figures/dashboard-figures';
import { periodRange } from '../figures/dashboard-period';
import { rateTableOf, reportingIn } from '../figures/reporting-money';
import { monthText } from '../rules/territory-rollup';
import type { Partner } from '../schema';
import type { Report, ReportProgress, ReportSheet } from './report';
import { reportLabels } from './report-labels';
import {
  reportRequestProblems,
  reportSections,
  type ReportRequest,
  type ReportSection,
} from './report-request';
import type { ReportSources } from './report-sources';
import { auditSection } from './sections/audit';
import { certificationsSection } from './sections/certifications';
import { dealsSection } from './sections/deals';
import { mdfSection } from './sections/mdf';
import { partnersSection } from './sections/partners';
import { requestsSection } from './sections/requests';
import type { SectionContext } from './sections/section-context';
import { summarySection } from './sections/summary';
import { tiersSection } from './sections/tiers';

/** The scope names a territory, region or partner the sources do not hold. */
export class ReportScopeError extends Error {
  override name = 'ReportScopeError';
}

/** The request itself is malformed (the CLI and the worker check it before, this is the guard). */
export class ReportRequestError extends Error {
  override name = 'ReportRequestError';
}

/** Thrown when the caller's signal is aborted; `name` is 'AbortError' as fetch's own. */
export class ReportAbortError extends Error {
  override name = 'AbortError';
  constructor() {
    super('The report was cancelled.');
  }
}

export type BuildReportContext = {
  /** ISO date or instant the period is counted back from (the dashboard's `today`). */
  today: string;
  generatedBy: string;
  onProgress?: ReportProgress;
  /** An AbortSignal (typed by what is read: shared code has no DOM types). */
  signal?: { readonly aborted: boolean };
};

const builders: Record<ReportSection, (context: SectionContext) => ReportSheet> = {
  summary: summarySection,
  partners: partnersSection,
  deals: dealsSection,
  requests: requestsSection,
  mdf: mdfSection,
  certifications: certificationsSection,
  tiers: tiersSection,
  audit: auditSection,
};

function scopePartners(
  sources: ReportSources,
  request: ReportRequest,
): { partners: Partner[]; label: (count: number) => string } {
  const { scope } = request;
  switch (scope.kind) {
    case 'territories': {
      const byId = new Map(sources.territories.map((territory) => [territory.id, territory]));
      const names = scope.territoryIds.map((id) => {
        const territory = byId.get(id);
        if (!territory) throw new ReportScopeError(`Unknown territory: ${id}`);
        return territory.name;
      });
      const ids = new Set(scope.territoryIds);
      return {
        partners: sources.partners.filter((partner) => ids.has(partner.territoryId)),
        label: () => names.join(', '),
      };
    }
    case 'region': {
      const partners = sources.partners.filter((partner) => partner.region === scope.region);
      if (partners.length === 0) {
        throw new ReportScopeError(`No partner in region: ${scope.region}`);
      }
      return { partners, label: () => scope.region };
    }
    case 'partners': {
      const byId = new Map(sources.partners.map((partner) => [partner.id, partner]));
      const partners = scope.partnerIds.map((id) => {
        const partner = byId.get(id);
        if (!partner) throw new ReportScopeError(`Unknown partner: ${id}`);
        return partner;
      });
      return { partners, label: (count) => reportLabels[request.language].partnersScope(count) };
    }
  }
}

/**
 * The report for `request` from local records: its summary is the dashboard's figures for the
 * same partners and period (same code, same rates), its tables the raw records of the scope.
 */
export function buildReport(
  sources: ReportSources,
  request: ReportRequest,
  context: BuildReportContext,
): Report {
  const problems = reportRequestProblems(request);
  if (problems.length > 0) {
    throw new ReportRequestError(`Invalid report request: ${problems.join('; ')}`);
  }
  const { partners, label } = scopePartners(sources, request);
  const labels = reportLabels[request.language];
  const reporting = reportingIn(request.currency, rateTableOf(sources.territories));
  const range = periodRange(request.period, context.today);
  const figures = dashboardFigures(
    sources.territories,
    partners,
    { ...defaultFilters, period: request.period },
    context.today,
    reporting,
  );
  const sectionContext: SectionContext = {
    sources,
    request,
    today: context.today,
    labels,
    reporting,
    range,
    partners,
    partnerIds: new Set(partners.map((partner) => partner.id)),
    partnerNames: new Map(partners.map((partner) => [partner.id, partner.name])),
    figures,
    unconverted: new Map(),
  };
  // In the contract's order, whatever order the request lists them in.
  const wanted = reportSections.filter((section) => request.sections.includes(section));
  const sheets: ReportSheet[] = [];
  wanted.forEach((section, index) => {
    if (context.signal?.aborted) throw new ReportAbortError();
    context.onProgress?.(index / wanted.length, section);
    sheets.push(builders[section](sectionContext));
  });
  if (context.signal?.aborted) throw new ReportAbortError();
  context.onProgress?.(1, 'done');
  const scopeLabel = label(partners.length);
  return {
    title: `${labels.title}: ${scopeLabel}`,
    language: request.language,
    currency: request.currency,
    period: request.period,
    months: { first: monthText(range.first), last: monthText(range.last) },
    scopeLabel,
    generatedAt: context.today.includes('T') ? context.today : `${context.today}T00:00:00.000Z`,
    generatedBy: context.generatedBy,
    partnerIds: partners.map((partner) => partner.id),
    sections: sheets,
    warnings: [...sectionContext.unconverted.values()].map((entry) =>
      labels.unconverted(
        entry.count,
        entry.currency,
        request.currency,
        labels.sections[entry.section],
      ),
    ),
  };
}
