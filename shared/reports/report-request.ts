import Type, { type Static } from 'typebox';
import Value from 'typebox/value';
import { periodKeys, type PeriodKey } from '../figures/dashboard-period';
import { CurrencyCode, Id, StringEnum } from '../schema/primitives';

/**
 * What a territory report holds, in the order it is laid out. One list for the builder's
 * checkboxes, the worker, the CLI's `--sections` and every format.
 */
export const reportSections = [
  'summary',
  'partners',
  'deals',
  'requests',
  'mdf',
  'certifications',
  'tiers',
  'audit',
] as const;
export type ReportSection = (typeof reportSections)[number];

export const reportFormats = ['csv', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const reportLanguages = ['en', 'es'] as const;
export type ReportLanguage = (typeof reportLanguages)[number];

/** The dashboard's periods (one list), so a report and the dashboard count the same months. */
export const reportPeriods = periodKeys;
export type ReportPeriod = PeriodKey;

/**
 * Whose figures: every partner of the territories the user holds (or of the ones named), the
 * partners of one region inside them, or partners chosen by id.
 */
export const ReportScopeSchema = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('territories'),
      territoryIds: Type.Array(Id, { minItems: 1, maxItems: 50, uniqueItems: true }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('region'),
      region: Type.String({ minLength: 1, maxLength: 100 }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('partners'),
      partnerIds: Type.Array(Id, { minItems: 1, maxItems: 10_000, uniqueItems: true }),
    },
    { additionalProperties: false },
  ),
]);
export type ReportScope = Static<typeof ReportScopeSchema>;

/** One report as the builder, the worker and the CLI ask for it. */
export const ReportRequestSchema = Type.Object(
  {
    scope: ReportScopeSchema,
    period: StringEnum(reportPeriods),
    currency: CurrencyCode,
    language: StringEnum(reportLanguages),
    sections: Type.Array(StringEnum(reportSections), {
      minItems: 1,
      maxItems: reportSections.length,
      uniqueItems: true,
    }),
    format: StringEnum(reportFormats),
  },
  { additionalProperties: false },
);
export type ReportRequest = Static<typeof ReportRequestSchema>;

/** What is wrong with a report request, a sentence a problem; empty when it can be built. */
export function reportRequestProblems(candidate: unknown): string[] {
  if (Value.Check(ReportRequestSchema, candidate)) return [];
  return [...Value.Errors(ReportRequestSchema, candidate)]
    .slice(0, 10)
    .map((error) => `${error.instancePath || '/'} ${error.message}`);
}
