import type { Report } from './report';

/**
 * A hand-made Report for tests of the writers (HTML, PDF, CLI) that must not depend on how a
 * report is built. Text carries markup and quotes on purpose: every writer must escape it.
 */
export function reportFixture(overrides: Partial<Report> = {}): Report {
  return {
    title: 'Territory report <Iberia & "LATAM">',
    language: 'en',
    currency: 'EUR',
    period: 'last_3_months',
    months: { first: '2026-09', last: '2026-11' },
    scopeLabel: 'Iberia & LATAM',
    generatedAt: '2026-12-02T09:30:00.000Z',
    generatedBy: 'Ana <script>alert(1)</script>',
    partnerIds: ['partner-1', 'partner-2'],
    sections: [
      {
        section: 'summary',
        title: 'Summary',
        columns: [
          { key: 'month', label: 'Month', kind: 'text' },
          { key: 'revenue', label: 'Won revenue', kind: 'money', total: true },
          { key: 'deals', label: 'Deals won', kind: 'integer', total: true },
          { key: 'winRate', label: 'Win rate', kind: 'ratio' },
        ],
        rows: [
          ['2026-09', 1_234_567, 4, 0.5],
          ['2026-10', 250_000, 1, 0.25],
          ['2026-11', 0, 0, null],
        ],
        totals: [null, 1_484_567, 5, null],
        charts: [
          {
            title: 'Won revenue by month',
            kind: 'bar',
            labels: ['2026-09', '2026-10', '2026-11'],
            series: [{ label: 'Won revenue', kind: 'money', values: [1_234_567, 250_000, 0] }],
          },
          {
            title: 'Win rate',
            kind: 'line',
            labels: ['2026-09', '2026-10', '2026-11'],
            series: [{ label: 'Win rate', kind: 'ratio', values: [0.5, 0.25, 0] }],
          },
        ],
      },
      {
        section: 'deals',
        title: 'Deals and registrations',
        columns: [
          { key: 'name', label: 'Deal', kind: 'text' },
          { key: 'partner', label: 'Partner', kind: 'text' },
          { key: 'amount', label: 'Amount', kind: 'money', total: true },
          { key: 'registeredAt', label: 'Registered', kind: 'date' },
          { key: 'updatedAt', label: 'Updated', kind: 'datetime' },
          { key: 'discount', label: 'Discount', kind: 'decimal' },
        ],
        rows: [
          [
            '<img src=x onerror=alert(1)>',
            'Acme & Co',
            1_234_567,
            '2026-09-14',
            '2026-09-15T10:00:00.000Z',
            12.5,
          ],
          ['Beta "quoted"', 'Beta SL', 250_000, '2026-10-02', '2026-10-03T08:00:00.000Z', 0],
        ],
        totals: [null, null, 1_484_567, null, null, null],
      },
    ],
    warnings: ['1 amount in XYZ could not be converted'],
    ...overrides,
  };
}
