import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database';
import {
  channelConflictCandidatesSql,
  channelConflictsFor,
} from '../../server/deals/channel-conflicts';
import { generateDataset } from '../../server/seed/generate';
import { loadDataset } from '../../server/seed/load';
import { documentStore } from '../../server/sync/document-store';
import { customerDomainKey, customerNameKey } from '../../shared/rules/channel-conflict';
import {
  customerNameArbitrary,
  legalFormSpellings,
} from '../../shared/rules/channel-conflict-arbitraries';
import {
  distinctNameCases,
  domainKeyCases,
  nameKeyCases,
} from '../../shared/rules/channel-conflict-cases';
import { legalForms } from '../../shared/rules/legal-forms';
import { replicatedCollections, type Deal } from '../../shared/schema';
import { createTestDatabase, engines, type TestDatabase } from '../support/databases';

const keysSql = readFileSync(
  new URL('../../server/migrations/repeatable/customer_keys.sql', import.meta.url),
  'utf8',
);

/** Names the SQL and TypeScript keys must agree on: the table, and generated ones. */
function namesToCompare(): string[] {
  const withForm = fc
    .tuple(
      customerNameArbitrary,
      fc.constantFrom(' ', ', ', ' - '),
      fc.constantFrom(...legalFormSpellings),
    )
    .map(([name, glue, form]) => `${name}${glue}${form}`);
  const generated = fc.sample(
    fc.oneof(customerNameArbitrary, withForm, fc.string({ maxLength: 30 })),
    { numRuns: 1500, seed: 20261124 },
  );
  return [
    ...nameKeyCases.map(([name]) => name),
    ...distinctNameCases.flat(),
    ...legalForms.map((form) => `Zeta ${form}`),
    ...generated,
  ];
}

async function sqlKeys(database: Database, fn: string, inputs: readonly string[]) {
  const rows = await database.query<{ input: string; key: string }>(
    `SELECT input, ${fn}(input) AS key FROM unnest($1::text[]) AS input`,
    [inputs],
  );
  return rows.map(({ input, key }) => ({ input, key }));
}

describe.each(engines)('channel-conflict keys in SQL on %s', (engine) => {
  let testDatabase: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    testDatabase = await createTestDatabase(engine);
    database = await testDatabase.open();
  });
  afterAll(async () => {
    await database.close();
    await testDatabase.drop();
  });

  it('customer_name_key gives customerNameKey’s key for the table and generated names', async () => {
    const names = namesToCompare();
    const rows = await sqlKeys(database, 'customer_name_key', names);
    const disagreements = rows.filter(({ input, key }) => key !== customerNameKey(input));
    expect(disagreements).toEqual([]);
    expect(rows.length).toBe(names.length);
  });

  it('customer_domain_key gives customerDomainKey’s key', async () => {
    const domains = [
      ...domainKeyCases.map(([domain]) => domain),
      ...fc.sample(
        fc.domain().map((domain) => `WWW.${domain.toUpperCase()}.`),
        {
          numRuns: 200,
          seed: 7,
        },
      ),
    ];
    const rows = await sqlKeys(database, 'customer_domain_key', domains);
    expect(rows.filter(({ input, key }) => key !== customerDomainKey(input))).toEqual([]);
  });

  it('strips the legal forms shared/rules/legal-forms.ts lists, no more and no fewer', () => {
    const listed = /legal_forms CONSTANT text\[\] := ARRAY\[([^\]]*)\]/.exec(keysSql)?.[1] ?? '';
    const sqlForms = [...listed.matchAll(/'([^']*)'/g)].map((match) => match[1]);
    expect(sqlForms).toEqual([...legalForms]);
  });

  it('finds candidates through the expression indexes', async () => {
    const plan = await database.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      return tx.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT id FROM deals
         WHERE customer_name_key(doc->'endCustomer'->>'name') = customer_name_key($1)
            OR customer_domain_key(doc->'endCustomer'->>'domain') = customer_domain_key($2)`,
        ['Acme Inc.', 'acme.com'],
      );
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toContain('deals_customer_name_key_idx');
    expect(text).toContain('deals_customer_domain_key_idx');
  });
});

const asOf = new Date('2026-11-24T12:00:00.000Z');

/** The fields of a stored deal the conflict check reads (the store keeps the whole document). */
type StoredDeal = Pick<
  Deal,
  | 'id'
  | 'partnerId'
  | 'territoryId'
  | 'endCustomer'
  | 'registrationStatus'
  | 'stage'
  | 'protectionExpiresAt'
>;

function deal(id: string, overrides: Partial<StoredDeal>): StoredDeal {
  return {
    id,
    partnerId: 'partner-0001',
    territoryId: 'territory-mx',
    endCustomer: {
      name: 'Grupo Logístico Peña S.A. de C.V.',
      domain: 'gpena.com.mx',
      country: 'MX',
    },
    stage: 'proposal',
    registrationStatus: 'approved',
    protectionExpiresAt: '2026-12-30T00:00:00.000Z',
    ...overrides,
  };
}

describe.each(engines)('channelConflictsFor on %s', (engine) => {
  let testDatabase: TestDatabase;
  let database: Database;
  const stored = [
    // Another partner in another territory, the name spelled differently, another domain.
    deal('deal-000010', {
      partnerId: 'partner-0002',
      territoryId: 'territory-us',
      endCustomer: { name: 'GRUPO LOGISTICO PENA SA DE CV', domain: 'grupopena.mx', country: 'MX' },
    }),
    // The same domain under www., a trade name, still under review.
    deal('deal-000011', {
      partnerId: 'partner-0003',
      endCustomer: { name: 'Peña Logística', domain: 'www.gpena.com.mx', country: 'MX' },
      registrationStatus: 'under_review',
      protectionExpiresAt: null,
    }),
    // Same customer but rejected, lost, expired protection, deleted: claim nothing.
    deal('deal-000012', { partnerId: 'partner-0004', registrationStatus: 'rejected' }),
    deal('deal-000013', { partnerId: 'partner-0005', stage: 'closed_lost' }),
    deal('deal-000014', { partnerId: 'partner-0006', protectionExpiresAt: '2026-11-01T00:00:00Z' }),
    deal('deal-000015', { partnerId: 'partner-0007' }),
    // The registering partner's own repeat business.
    deal('deal-000016', { partnerId: 'partner-0001' }),
    // Another customer whose name only contains the same words.
    deal('deal-000017', {
      partnerId: 'partner-0008',
      endCustomer: { name: 'Grupo Logístico Peña Norte', domain: 'gpnorte.mx', country: 'MX' },
    }),
  ];

  beforeAll(async () => {
    testDatabase = await createTestDatabase(engine);
    database = await testDatabase.open();
    for (const doc of stored) {
      await database.query(
        `INSERT INTO deals (id, doc, deleted, seq, updated_at)
         VALUES ($1, $2, $3, nextval('change_seq'), now())`,
        [doc.id, JSON.stringify(doc), doc.id === 'deal-000015'],
      );
    }
  });
  afterAll(async () => {
    await database.close();
    await testDatabase.drop();
  });

  it('lists every other partner’s claim on the customer across territories, with why', async () => {
    const registration = deal('deal-000020', {
      endCustomer: {
        name: 'Grupo Logistico Peña, S. de R.L. de C.V.',
        domain: 'GPENA.com.mx',
        country: 'MX',
      },
    });
    const found = await database.transaction((tx) => channelConflictsFor(tx, registration, asOf));
    expect(found.map(({ candidate, matchedBy }) => [candidate.id, matchedBy])).toEqual([
      ['deal-000010', ['same_name']],
      ['deal-000011', ['same_domain']],
    ]);
  });

  it('finds nothing for a customer nobody else has', async () => {
    const registration = deal('deal-000021', {
      endCustomer: { name: 'Peña Norte Logística', domain: 'pnl.mx', country: 'MX' },
    });
    expect(await channelConflictsFor(database, registration, asOf)).toEqual([]);
  });
});

describe('channelConflictsFor on the territory data set in PostgreSQL', () => {
  let testDatabase: TestDatabase;
  let database: Database;
  const now = new Date('2026-11-24T00:00:00.000Z');
  const dataset = generateDataset({ scale: 'territory', seed: 42, now });

  beforeAll(async () => {
    testDatabase = await createTestDatabase('postgres');
    database = await testDatabase.open();
    await loadDataset(
      database,
      replicatedCollections.map((collection) => documentStore(database, collection)),
      dataset,
    );
  }, 120_000);
  afterAll(async () => {
    await database.close();
    await testDatabase.drop();
  });

  it('finds what the seed found with the same rule in memory, for every conflicting deal', async () => {
    const conflicting = dataset.deals.filter((deal) => deal.conflictsWith.length > 0);
    // And as many deals without conflicts, where the lookup must find nothing.
    const clean = dataset.deals.filter((deal) => deal.conflictsWith.length === 0).slice(0, 200);
    expect(conflicting.length).toBeGreaterThan(100);
    for (const deal of [...conflicting, ...clean]) {
      const found = await channelConflictsFor(database, deal, now);
      expect(
        found.map(({ candidate }) => candidate.id),
        deal.id,
      ).toEqual(deal.conflictsWith);
    }
  }, 120_000);

  it('reads the candidates through the indexes, not by scanning deals', async () => {
    await database.query('ANALYZE deals');
    const deal = dataset.deals[0];
    const plan = await database.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN ${channelConflictCandidatesSql}`,
      [deal?.id, deal?.partnerId, deal?.endCustomer.name, deal?.endCustomer.domain],
    );
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toContain('deals_customer_name_key_idx');
    expect(text).toContain('deals_customer_domain_key_idx');
    expect(text).not.toContain('Seq Scan');
  });
});
