import { beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../server/db/migrate';
import { decisionService } from '../../server/decisions/decision-service';
import type { Decider } from '../../server/decisions/judge-decision';
import { documentStore } from '../../server/sync/document-store';
import { escalationSteps, standardWorkflowV1 } from '../../server/workflow/standard-definition';
import {
  publishExchangeRates,
  publishWorkflowDefinition,
  WorkflowPublishError,
} from '../../server/workflow/workflow-store';
import {
  decisionsCollection,
  requestsCollection,
  type Decision,
  type Request,
  type WorkflowDefinition,
} from '../../shared/schema';
import { createTestDatabase, engines } from '../support/databases';
import { useScenarioApp } from '../support/scenario-app';
import { aDecision, aRequest, ana } from '../support/scenario';
import { aDeal } from '../support/subjects';

const dora: Decider = { userId: 'user-dir-dora', role: 'director', territoryIds: ['territory-a'] };
const eur97974 = { amountMinor: 9_797_400, currency: 'EUR' };

/** A one-step special price: whoever holds the step gives the final approval. */
function finalStepFor(decider: Decider, overrides: Partial<Request> = {}): Request {
  const [first] = aRequest().steps;
  if (!first) throw new Error('The scenario request has no step');
  return aRequest({
    id: `request-${decider.role}`,
    amount: eur97974,
    steps: [{ ...first, role: decider.role, assigneeId: decider.userId }],
    ...overrides,
  });
}

/** Version 2: a CAM may approve up to USD 200,000 alone. */
const cam200k: WorkflowDefinition = (() => {
  const authority = standardWorkflowV1.authority.map((limit) =>
    limit.role === 'cam' ? { ...limit, maxAmountMinor: 20_000_000 } : limit,
  );
  return {
    ...standardWorkflowV1,
    version: 2,
    publishedAt: '2026-11-22T00:00:00.000Z',
    authority,
    requestTypes: standardWorkflowV1.requestTypes.map((workflow) =>
      workflow.type === 'special_pricing'
        ? { ...workflow, steps: escalationSteps(authority, 24) }
        : workflow,
    ),
  };
})();

describe.each(engines)(
  'authority from the pinned workflow, through decisionService, on %s',
  (engine) => {
    const store = useScenarioApp(engine);

    function service() {
      return decisionService(store.database(), {
        decisions: documentStore<Decision>(store.database(), decisionsCollection),
        requests: documentStore<Request>(store.database(), requestsCollection),
      });
    }

    async function decide(decider: Decider, request: Request) {
      await store.app().storeOf('requests').put([request]);
      const [answer] = await service().submit(
        [
          {
            newDocumentState: aDecision({
              id: `decision-${request.id}`,
              requestId: request.id,
              decidedBy: decider.userId,
            }),
          },
        ],
        decider,
      );
      const stored = await store.app().storeOf('requests').get(request.id);
      return { outcome: answer?.outcome, stored };
    }

    beforeEach(async () => {
      const database = store.database();
      await database.exec('TRUNCATE workflow_definitions, exchange_rates');
      await publishWorkflowDefinition(database, standardWorkflowV1);
      await publishExchangeRates(database, [
        { baseCurrency: 'USD', currency: 'EUR', validOn: '2026-01-01', unitsPerBase: 0.92 },
        // After the request was submitted (2026-11-20): it must not change what it needs.
        { baseCurrency: 'USD', currency: 'EUR', validOn: '2026-11-21', unitsPerBase: 2 },
      ]);
      await store
        .app()
        .storeOf('deals')
        .put([aDeal({ registrationStatus: 'approved' })]);
    });

    it('rejects a CAM finally approving 8 % on EUR 97,974, saying why, and changes nothing', async () => {
      const request = finalStepFor(ana);
      const { outcome, stored } = await decide(ana, request);
      expect(outcome).toMatchObject({
        status: 'rejected',
        reason:
          'EUR 97,974 (USD 106,493.48 at the rate of 2026-01-01) exceeds your approval authority of USD 50,000.',
      });
      expect(stored?.status).toBe('pending_approval');
      expect(stored?.steps[0]?.decisionId).toBeNull();
    });

    it('applies the same approval by a director', async () => {
      const { outcome, stored } = await decide(dora, finalStepFor(dora));
      expect(outcome?.status).toBe('applied');
      expect(stored?.status).toBe('approved');
    });

    it('rejects a final approval in a currency with no rate on file, with a reason', async () => {
      const request = finalStepFor(ana, { amount: { amountMinor: 100_000, currency: 'GBP' } });
      const { outcome } = await decide(ana, request);
      expect(outcome?.reason).toBe(
        'No GBP to USD exchange rate valid on 2026-11-20 is on file, so GBP 1,000 cannot be checked against an approval limit in USD.',
      );
    });

    it('keeps version 1 for a request started under it after version 2 is published', async () => {
      await publishWorkflowDefinition(store.database(), cam200k);
      const underV1 = await decide(ana, finalStepFor(ana));
      expect(underV1.outcome?.status).toBe('rejected');
      expect(underV1.outcome?.reason).toMatch(/exceeds your approval authority of USD 50,000\.$/);

      const underV2 = finalStepFor(ana, {
        id: 'request-v2',
        workflow: { definitionId: cam200k.id, version: 2 },
      });
      expect((await decide(ana, underV2)).outcome?.status).toBe('applied');
    });

    it('publishes only the next version of a valid definition, and never changes one', async () => {
      const database = store.database();
      await expect(publishWorkflowDefinition(database, standardWorkflowV1)).rejects.toThrow(
        /next version is 2, not 1/,
      );
      const broken = { ...cam200k, authority: [] };
      await expect(publishWorkflowDefinition(database, broken)).rejects.toBeInstanceOf(
        WorkflowPublishError,
      );
      await expect(
        database.query(`UPDATE workflow_definitions SET definition = '{}' WHERE version = 1`),
      ).rejects.toThrow(/immutable: publish a new version/);
      await expect(database.query('DELETE FROM workflow_definitions')).rejects.toThrow(/immutable/);
      await expect(
        publishExchangeRates(database, [
          { baseCurrency: 'USD', currency: 'EUR', validOn: '2026-01-01', unitsPerBase: 0.9 },
        ]),
      ).rejects.toThrow(/A different EUR rate for 2026-01-01 is already on file/);
      const rows = await database.query<{ version: number }>(
        'SELECT version FROM workflow_definitions ORDER BY version',
      );
      expect(rows.map((row) => row.version)).toEqual([1]);
    });

    it('stores version 1 of the standard workflow the first time a store without it needs it', async () => {
      await store.database().exec('TRUNCATE workflow_definitions');
      const request = finalStepFor(ana, { amount: { amountMinor: 6_000_000, currency: 'USD' } });
      const { outcome } = await decide(ana, request);
      expect(outcome?.reason).toBe('USD 60,000 exceeds your approval authority of USD 50,000.');
      const rows = await store
        .database()
        .query<{ id: string; version: number }>('SELECT id, version FROM workflow_definitions');
      expect(rows).toEqual([{ id: 'workflow-standard', version: 1 }]);
    });
  },
);

describe.each(engines)('migration 006 on %s', (engine) => {
  it('pins requests stored before it to the standard workflow, as the client upgrade does', async () => {
    const testDatabase = await createTestDatabase(engine);
    const database = await testDatabase.openUnmigrated();
    try {
      const migrations = await loadMigrations();
      await migrate(
        database,
        migrations.filter((migration) => migration.version <= 5),
      );
      const { workflow: _new, ...before } = aRequest();
      await database.query(
        `INSERT INTO requests (id, doc, seq, updated_at) VALUES ($1, $2, nextval('change_seq'), now())`,
        [before.id, JSON.stringify(before)],
      );
      await migrate(database, migrations);
      const [row] = await database.query<{ doc: unknown }>('SELECT doc FROM requests');
      const upgrade = requestsCollection.upgrades?.[2];
      expect(upgrade).toBeDefined();
      expect(row?.doc).toEqual(upgrade?.(before));
      expect(row?.doc).toMatchObject({
        workflow: { definitionId: 'workflow-standard', version: 1 },
      });
    } finally {
      await database.close();
      await testDatabase.drop();
    }
  });
});
