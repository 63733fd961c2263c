import type { CSSProperties } from 'react';

/**
 * recharts draws its tooltip with inline styles (a white box): these take the theme's colours
 * instead, so a tooltip reads the same in light and dark (renderer/ui/app.css's variables).
 */
export const chartTooltipStyle: {
  contentStyle: CSSProperties;
  labelStyle: CSSProperties;
  cursor: { fill: string };
} = {
  contentStyle: {
    background: 'var(--surface)',
    border: '1px solid var(--line)',
    borderRadius: 6,
    color: 'var(--ink)',
  },
  labelStyle: { color: 'var(--ink)' },
  cursor: { fill: 'var(--chart-grid)' },
};
