/** How much data each scale holds (../shared/design/domain.md, "Scale to design for"). */

export const scaleNames = ['demo', 'territory', 'large'] as const;
export type ScaleName = (typeof scaleNames)[number];

export type Scale = {
  name: ScaleName;
  territoryIds: readonly string[];
  partners: number;
  contacts: number;
  deals: number;
  /** Requests waiting for a decision, of every type. */
  openRequests: number;
  /** Decided requests besides the approved MDF pre-approvals that open claims draw on. */
  decidedRequests: number;
  /**
   * Calendar years of monthly performance, one document per partner-year: the current year to
   * date and the full years before it (2 years = up to 24 months, 4 years = up to 48).
   */
  performanceYears: number;
  activities: number;
};

export const scales: Record<ScaleName, Scale> = {
  demo: {
    name: 'demo',
    territoryIds: ['territory-na-west', 'territory-iberia-latam'],
    partners: 60,
    contacts: 300,
    deals: 600,
    openRequests: 80,
    decidedRequests: 30,
    performanceYears: 2,
    activities: 300,
  },
  territory: {
    name: 'territory',
    territoryIds: ['territory-iberia-latam'],
    partners: 300,
    contacts: 3_000,
    deals: 10_000,
    openRequests: 1_000,
    decidedRequests: 200,
    performanceYears: 2,
    activities: 1_500,
  },
  large: {
    name: 'large',
    territoryIds: ['territory-iberia-latam'],
    partners: 2_000,
    contacts: 20_000,
    deals: 100_000,
    openRequests: 10_000,
    decidedRequests: 1_000,
    performanceYears: 4,
    activities: 10_000,
  },
};

export function isScaleName(value: string): value is ScaleName {
  return (scaleNames as readonly string[]).includes(value);
}
