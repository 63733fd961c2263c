import { describe, expect, it } from 'vitest';
import type { ReportChart } from './report';
import { chartSvg, escapeMarkup } from './report-svg';

const bar: ReportChart = {
  title: 'Revenue <by> month',
  kind: 'bar',
  labels: ['a', 'b'],
  series: [{ label: 'Revenue', kind: 'integer', values: [100, 50] }],
};

function heights(svg: string): number[] {
  return [...svg.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((match) => Number(match[1]));
}

describe('chartSvg', () => {
  it('draws bars in proportion to their values', () => {
    const [first, second] = heights(chartSvg(bar, String));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeCloseTo((first ?? 0) / 2, 0);
  });

  it('draws an all-zero chart without NaN', () => {
    const svg = chartSvg(
      { ...bar, series: [{ ...bar.series[0], label: 'x', kind: 'integer', values: [0, 0] }] },
      String,
    );
    expect(svg).not.toContain('NaN');
    expect(heights(svg)).toEqual([0, 0]);
  });

  it('labels the axis with the formatter and escapes the title', () => {
    const svg = chartSvg(bar, (value) => `${value} u`);
    expect(svg).toContain('>100 u</text>');
    expect(svg).toContain('<title>Revenue &lt;by&gt; month</title>');
  });

  it('draws one polyline per series for a line chart, with a legend', () => {
    const svg = chartSvg(
      {
        title: 't',
        kind: 'line',
        labels: ['a', 'b', 'c'],
        series: [
          { label: 'One', kind: 'ratio', values: [0.1, 0.2, 0.3] },
          { label: 'Two & more', kind: 'ratio', values: [0.3, 0.2, 0.1] },
        ],
      },
      String,
    );
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg).toContain('Two &amp; more');
  });
});

describe('escapeMarkup', () => {
  it('escapes the five characters markup cares about', () => {
    expect(escapeMarkup(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
