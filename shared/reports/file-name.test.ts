import { describe, expect, it } from 'vitest';
import { reportFileName } from './file-name';
import { reportFixture } from './report-fixture';

describe('reportFileName', () => {
  it('names a report by its title, scope and months, in plain ASCII', () => {
    const report = reportFixture({ scopeLabel: 'Iberia & América Latina' });
    expect(reportFileName(report, 'xlsx')).toBe(
      'territory-report-iberia-america-latina-2026-09-2026-11.xlsx',
    );
    expect(reportFileName(report, 'pdf')).toMatch(/\.pdf$/);
    expect(reportFileName(report, 'csv')).toMatch(/-csv\.zip$/);
    expect(reportFileName(report, 'csv', 'deals')).toMatch(/-2026-11-deals\.csv$/);
    expect(reportFileName({ ...report, language: 'es' }, 'xlsx')).toMatch(
      /^informe-de-territorio-/,
    );
  });

  it('keeps path separators and control characters out', () => {
    const report = reportFixture({ scopeLabel: '../../etc/passwd\u0000 "x"' });
    const name = reportFileName(report, 'xlsx');
    expect(name).toMatch(/^[a-z0-9-]+\.xlsx$/);
  });
});
