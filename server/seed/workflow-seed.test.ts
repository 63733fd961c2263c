import { describe, expect, it } from 'vitest';
import { authorityShortfall } from '../workflow/authority';
import { standardWorkflowV1 } from '../workflow/standard-definition';
import { generateDataset } from './generate';
import { demoExchangeRates } from './workflow-seed';

describe('the seed and the store follow one rule', () => {
  // Territory scale: the demo scale happens to hold no special price the amount limits route
  // differently, so it would not catch a seed that routes by the discount alone.
  const data = generateDataset({ scale: 'territory', seed: 1, now: new Date('2026-11-24') });

  it('gives every special price a last step whose authority covers it at the seeded rates', () => {
    const pricing = data.requests.filter((request) => request.type === 'special_pricing');
    expect(pricing.length).toBeGreaterThan(100);
    const refused = pricing.flatMap((request) => {
      const last = request.steps.at(-1);
      const shortfall =
        last && authorityShortfall(standardWorkflowV1, last.role, request, demoExchangeRates());
      return shortfall ? [`${request.id}: ${shortfall}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it('pins every request to the definition it was routed by', () => {
    const pinned = new Set(data.requests.map((request) => JSON.stringify(request.workflow)));
    expect([...pinned]).toEqual([
      JSON.stringify({ definitionId: standardWorkflowV1.id, version: 1 }),
    ]);
  });
});
