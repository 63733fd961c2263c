import { describe, expect, it } from 'vitest';
import { pdfFooterTemplate, pdfHeaderTemplate, reportHtml } from './report-html';
import { reportFixture } from './report-fixture';

describe('reportHtml', () => {
  it('escapes every piece of text from the data', () => {
    const html = reportHtml(reportFixture());
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('Ana &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Beta &quot;quoted&quot;');
    expect(html).toContain(
      '<title>Territory report &lt;Iberia &amp; &quot;LATAM&quot;&gt;</title>',
    );
  });

  it('has no script and no external reference', () => {
    const html = reportHtml(reportFixture());
    expect(html).not.toMatch(/<script|<link|<[a-z]+[^>]*\s(src|href)=/i);
  });

  it.each([
    ['en', '€12,345.67', '€14,845.67', 'Sep 14, 2026', 'Last 3 months (Sep 2026 – Nov 2026)'],
    [
      'es',
      '12.345,67\u00a0€',
      '14.845,67\u00a0€',
      '14 sept 2026',
      'Últimos 3 meses (sept 2026 – nov 2026)',
    ],
  ] as const)(
    'formats money, dates and the period in %s',
    (language, money, total, date, period) => {
      const html = reportHtml(reportFixture({ language }));
      expect(html).toContain(`<td class="num">${money}</td>`);
      expect(html).toContain(`<td class="num">${total}</td>`);
      expect(html).toContain(`<td>${date}</td>`);
      expect(html).toContain(period);
    },
  );

  it('right-aligns number columns, headers included, and not text ones', () => {
    const html = reportHtml(reportFixture());
    expect(html).toContain('<th class="num" scope="col">Won revenue</th>');
    expect(html).toContain('<th scope="col">Month</th>');
    expect(html).toContain('<td class="num">50%</td>');
    expect(html).toContain('<td>2026-09</td>');
  });

  it('writes the totals as a footer row labelled Total', () => {
    const html = reportHtml(reportFixture());
    expect(html).toContain(
      '<tfoot><tr><td>Total</td><td class="num">€14,845.67</td><td class="num">5</td><td class="num"></td></tr></tfoot>',
    );
  });

  it('draws the summary charts as inline SVG', () => {
    const html = reportHtml(reportFixture());
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('<polyline');
    expect(html).toContain('<rect');
  });

  it('prints A4 with headers repeated and rows kept whole', () => {
    const html = reportHtml(reportFixture());
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr { break-inside: avoid;');
  });

  it('says so when a section has no rows', () => {
    const base = reportFixture();
    const html = reportHtml({
      ...base,
      language: 'es',
      sections: base.sections.map((sheet) => ({ ...sheet, rows: [], totals: null, charts: [] })),
    });
    expect(html).toContain('Nada en este periodo.');
    expect(html).not.toContain('<table>');
  });

  it('lists the warnings', () => {
    expect(reportHtml(reportFixture())).toContain(
      '<li>1 amount in XYZ could not be converted</li>',
    );
  });
});

describe('PDF header and footer templates', () => {
  it.each([
    ['en', 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>'],
    ['es', 'Página <span class="pageNumber"></span> de <span class="totalPages"></span>'],
  ] as const)('numbers pages in %s', (language, expected) => {
    expect(pdfFooterTemplate(reportFixture({ language }))).toContain(expected);
  });

  it('shows the escaped title with an explicit font size', () => {
    const header = pdfHeaderTemplate(reportFixture());
    expect(header).toContain('Territory report &lt;Iberia &amp; &quot;LATAM&quot;&gt;');
    expect(header).toContain('font-size:8px');
  });
});
