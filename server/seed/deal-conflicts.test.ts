import { describe, expect, it } from 'vitest';
import {
  customerDomainKey,
  customerMatches,
  customerNameKey,
  findChannelConflicts,
} from '../../shared/rules/channel-conflict';
import type { Deal } from '../../shared/schema';
import { channelConflictsByRule } from './deal-conflicts';
import { generateDataset } from './generate';

const now = new Date('2026-11-24T00:00:00.000Z');
const demo = generateDataset({ scale: 'demo', seed: 42, now });
const territory = generateDataset({ scale: 'territory', seed: 42, now });
const byId = new Map(territory.deals.map((deal) => [deal.id, deal]));

/** Every conflicting pair of the territory scale, as [registration, what it conflicts with]. */
const pairs = territory.deals.flatMap((deal) =>
  deal.conflictsWith.map((id): [Deal, Deal | undefined] => [deal, byId.get(id)]),
);

describe('channel conflicts in the seed', () => {
  it('are what the rule finds comparing every pair of demo deals (no index)', () => {
    for (const deal of demo.deals) {
      const everyPair = findChannelConflicts(
        deal,
        demo.deals.map((other) => ({ kind: 'registration' as const, ...other })),
        now,
      ).map(({ candidate }) => candidate.id);
      expect(deal.conflictsWith, deal.id).toEqual(everyPair);
    }
    expect(demo.deals.filter((deal) => deal.conflictsWith.length > 0).length).toBeGreaterThan(5);
  });

  it('plant the customer typed another way: the rule sees through case, accents and legal forms', () => {
    const retyped = pairs.filter(([a, b]) => b && a.endCustomer.name !== b.endCustomer.name);
    const byNameOnly = pairs.filter(
      ([a, b]) => b && customerMatches(a.endCustomer, b.endCustomer).join() === 'same_name',
    );
    const byDomainOnly = pairs.filter(
      ([a, b]) => b && customerMatches(a.endCustomer, b.endCustomer).join() === 'same_domain',
    );
    expect(pairs.length).toBeGreaterThan(60);
    expect(retyped.length).toBeGreaterThan(pairs.length / 2);
    expect(byNameOnly.length).toBeGreaterThan(10);
    // The generator keeps every retyped name's key, so a domain alone never carries a pair.
    expect(byDomainOnly).toEqual([]);
    for (const [a, b] of retyped) {
      expect(b && customerNameKey(b.endCustomer.name)).toBe(customerNameKey(a.endCustomer.name));
    }
    expect(pairs.some(([a, b]) => b && a.endCustomer.domain !== b.endCustomer.domain)).toBe(true);
    expect(
      pairs.some(
        ([a, b]) =>
          b &&
          a.endCustomer.domain !== b.endCustomer.domain &&
          customerDomainKey(a.endCustomer.domain) === customerDomainKey(b.endCustomer.domain),
      ),
    ).toBe(true);
  });

  it('link a registration rejected for the conflict to the holder, not the holder to it', () => {
    const rejected = territory.deals.filter(
      (deal) => deal.rejectionReason === 'channel_conflict' && deal.conflictsWith.length > 0,
    );
    expect(rejected.length).toBeGreaterThan(20);
    for (const deal of rejected) {
      for (const id of deal.conflictsWith) {
        expect(byId.get(id)?.conflictsWith).not.toContain(deal.id);
      }
    }
  });

  it('never link a partner to itself nor a registration that protects nobody', () => {
    for (const [a, b] of pairs) {
      expect(b?.partnerId).not.toBe(a.partnerId);
      expect(['draft', 'rejected', 'withdrawn', 'expired']).not.toContain(b?.registrationStatus);
      expect(['closed_won', 'closed_lost']).not.toContain(b?.stage);
    }
  });

  it('finds them at the large scale in one pass over the deals, not by comparing every pair', () => {
    // The territory's deals five times over, each copy another partner's: 50,000 deals whose
    // every customer four other partners also register.
    const many = Array.from({ length: 5 }, (_, copy) =>
      territory.deals.map((deal) => ({
        ...deal,
        id: `${deal.id}-${copy}`,
        partnerId: `${deal.partnerId}-${copy}`,
      })),
    ).flat();
    const started = performance.now();
    const found = channelConflictsByRule(many, now);
    const elapsedMs = performance.now() - started;
    expect(found.size).toBeGreaterThan(5_000);
    // Every pair would be 1.25e9 rule calls, hours; the index takes seconds on a busy machine.
    expect(elapsedMs).toBeLessThan(60_000);
  });
});
