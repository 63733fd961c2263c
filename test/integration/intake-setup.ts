import { beforeEach, expect } from 'vitest';
import type { IntakeAnswer, IntakeSubmission } from '../../shared/api/intake';
import type { ApiError } from '../../shared/api/errors';
import { issueServiceCredential } from '../../server/intake/credentials';
import { standardWorkflowV1 } from '../../server/workflow/standard-definition';
import {
  ensureStandardWorkflow,
  publishWorkflowDefinition,
} from '../../server/workflow/workflow-store';
import type { Deal, WorkflowDefinition } from '../../shared/schema';
import type { engines } from '../support/databases';
import { useScenarioApp } from '../support/scenario-app';
import { aDeal, aFund } from '../support/subjects';

const DAY_MS = 86_400_000;

/** The scenario store with the partner portal's and the CRM connector's credentials issued. */
export function useIntakeStore(engine: (typeof engines)[number]) {
  const store = useScenarioApp(engine);
  const secrets = { portal: '', crm: '' };

  beforeEach(async () => {
    const database = store.database();
    await database.exec(
      'TRUNCATE intake_service_credentials, intake_submissions, workflow_definitions',
    );
    secrets.portal = await issueServiceCredential(database, 'partner-portal');
    secrets.crm = await issueServiceCredential(database, 'crm-connector');
    // Another partner's registration protects Acme (deal-b1): a registration of it conflicts.
    await store
      .app()
      .storeOf('deals')
      .put([
        aDeal({
          id: 'deal-b1',
          partnerId: 'partner-b1',
          territoryId: 'territory-b',
          registrationStatus: 'approved',
          protectionExpiresAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
        }),
        aDeal({ id: 'deal-a1', registrationStatus: 'approved' }),
      ]);
    await store.app().storeOf('funds').put([aFund()]);
  });

  async function post(url: string, body: unknown, secret: string | null = secrets.portal) {
    const response = await store.app().inject({
      method: 'POST',
      url,
      payload: body as Record<string, unknown>,
      headers: secret === null ? {} : { authorization: `Bearer ${secret}` },
    });
    return { status: response.statusCode, body: response.json<IntakeAnswer & ApiError>() };
  }

  /** Counts of what a refused call must leave unchanged. */
  async function counts() {
    const app = store.app();
    return {
      requests: await app.storeOf('requests').count(),
      deals: await app.storeOf('deals').count(),
      seq: await app.storeOf('requests').latestSeq(),
    };
  }

  async function dealOf(answer: IntakeAnswer): Promise<Deal | undefined> {
    return store.app().storeOf('deals').get(answer.request.subjectId);
  }

  /** Publishes version 2 of the standard workflow: gold registrations up to USD 100,000 auto-approve. */
  async function publishAutoApproval(): Promise<WorkflowDefinition> {
    const database = store.database();
    await ensureStandardWorkflow(database);
    const definition = structuredClone(standardWorkflowV1);
    definition.version = 2;
    const registration = definition.requestTypes.find(
      (chain) => chain.type === 'deal_registration',
    );
    if (!registration) throw new Error('The standard workflow registers deals');
    registration.autoApproval = [{ tierIn: ['gold'], amountAtMostMinor: 10_000_000 }];
    return publishWorkflowDefinition(database, definition);
  }

  return { store, secrets, post, counts, dealOf, publishAutoApproval };
}

/** A deal registration of partner-a1 (gold, active) for `customer`, worth USD 50,000. */
export function aRegistration(
  externalId: string,
  customer = { name: 'Globex GmbH', domain: 'globex.example', country: 'DE' },
): IntakeSubmission {
  return {
    externalId,
    type: 'deal_registration',
    partnerId: 'partner-a1',
    submittedBy: 'Pat Partner',
    deal: {
      endCustomer: customer,
      lines: [
        {
          productId: 'product-1',
          quantity: 10,
          unitPrice: { amountMinor: 500_000, currency: 'USD' },
        },
      ],
      expectedCloseAt: '2027-03-01T00:00:00.000Z',
    },
  };
}

export function expectCreated(response: { status: number; body: IntakeAnswer & ApiError }) {
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}
