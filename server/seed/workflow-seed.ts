import type { Queryable } from '../db/database';
import type { ExchangeRate } from '../workflow/exchange-rates';
import {
  latestWorkflowDefinition,
  publishExchangeRates,
  publishWorkflowDefinition,
} from '../workflow/workflow-store';
import { seedWorkflow } from './routing';
import { unitsPerUsd } from './places';

/** From when the demo rates hold: before anything a generated data set dates. */
export const DEMO_RATES_VALID_ON = '2015-01-01';

/** The demo rates (places.ts) as dated rates to the workflow's base currency (USD). */
export function demoExchangeRates(): ExchangeRate[] {
  return Object.entries(unitsPerUsd)
    .filter(([currency]) => currency !== seedWorkflow.baseCurrency)
    .map(([currency, unitsPerBase]) => ({
      baseCurrency: seedWorkflow.baseCurrency,
      currency,
      validOn: DEMO_RATES_VALID_ON,
      unitsPerBase,
    }));
}

/**
 * Gives the store the workflow the generated requests follow and the rates their amounts are
 * judged at. A store that already holds the definition keeps its versions as they are.
 */
export async function seedWorkflowStore(db: Queryable): Promise<void> {
  if (!(await latestWorkflowDefinition(db, seedWorkflow.id))) {
    await publishWorkflowDefinition(db, seedWorkflow);
  }
  await publishExchangeRates(db, demoExchangeRates());
}
