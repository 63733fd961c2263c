import type { Report } from './report';
import { reportLabels } from './report-labels';
import type { ReportFormat, ReportSection } from './report-request';

/** Lower-case ASCII words joined by hyphens: safe on every file system and in a URL. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * `informe-de-territorio-iberia-latin-america-2026-01-2026-12.xlsx`: title and scope in the
 * report's language, then its months. CSV is a zip of the sections; with `section`, one
 * section's own CSV file.
 */
export function reportFileName(
  report: Report,
  format: ReportFormat,
  section?: ReportSection,
): string {
  const words = [slug(reportLabels[report.language].title), slug(report.scopeLabel)].filter(
    (word) => word.length > 0,
  );
  const base = `${words.join('-') || 'report'}-${report.months.first}-${report.months.last}`;
  if (format === 'csv') return section ? `${base}-${section}.csv` : `${base}-csv.zip`;
  return `${base}.${format}`;
}
