import type { WorkflowDefinition, WorkflowRef } from '../../shared/schema';
import type { Queryable } from '../db/database';
import type { ExchangeRate } from './exchange-rates';
import { standardWorkflowV1 } from './standard-definition';
import { workflowDefinitionProblems } from './validate';

/** A definition or a set of rates refused: nothing was stored. */
export class WorkflowPublishError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(`${message}: ${problems.join(' ')}`);
    this.name = 'WorkflowPublishError';
  }
}

/**
 * Publishes `definition` as the next version of its id (1 for a new id), after checking it.
 * Stored rows are never changed (migration 006 refuses it): a change is a new version, and
 * requests already running keep the version they started with.
 */
export async function publishWorkflowDefinition(
  db: Queryable,
  definition: WorkflowDefinition,
): Promise<WorkflowDefinition> {
  const problems = workflowDefinitionProblems(definition);
  if (problems.length > 0) {
    throw new WorkflowPublishError(`Workflow ${definition.id} cannot be published`, problems);
  }
  const [latest] = await db.query<{ version: number }>(
    'SELECT max(version) AS version FROM workflow_definitions WHERE id = $1',
    [definition.id],
  );
  const next = (latest?.version ?? 0) + 1;
  if (definition.version !== next) {
    throw new WorkflowPublishError(`Workflow ${definition.id} cannot be published`, [
      `Its next version is ${next}, not ${definition.version}.`,
    ]);
  }
  await db.query(
    `INSERT INTO workflow_definitions (id, version, definition, published_at)
     VALUES ($1, $2, $3, $4)`,
    [definition.id, definition.version, JSON.stringify(definition), definition.publishedAt],
  );
  return definition;
}

/** Makes sure version 1 of the standard workflow is stored: every request before 006 names it. */
export async function ensureStandardWorkflow(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO workflow_definitions (id, version, definition, published_at)
     VALUES ($1, $2, $3, $4) ON CONFLICT (id, version) DO NOTHING`,
    [
      standardWorkflowV1.id,
      standardWorkflowV1.version,
      JSON.stringify(standardWorkflowV1),
      standardWorkflowV1.publishedAt,
    ],
  );
}

/** The newest version of a definition, which new requests start with. */
export async function latestWorkflowDefinition(
  db: Queryable,
  id: string,
): Promise<WorkflowDefinition | undefined> {
  const [row] = await db.query<{ definition: WorkflowDefinition }>(
    'SELECT definition FROM workflow_definitions WHERE id = $1 ORDER BY version DESC LIMIT 1',
    [id],
  );
  return row?.definition;
}

export const refKey = (ref: WorkflowRef) => `${ref.definitionId}@${ref.version}`;

/** The stored definitions these references name, keyed by refKey; a missing one is absent. */
export async function workflowDefinitions(
  db: Queryable,
  refs: readonly WorkflowRef[],
): Promise<Map<string, WorkflowDefinition>> {
  const found = new Map<string, WorkflowDefinition>();
  if (refs.length === 0) return found;
  const rows = await db.query<{ definition: WorkflowDefinition }>(
    `SELECT definition FROM workflow_definitions
     WHERE (id, version) IN (SELECT * FROM unnest($1::text[], $2::integer[]))`,
    [refs.map((ref) => ref.definitionId), refs.map((ref) => ref.version)],
  );
  for (const { definition } of rows) {
    found.set(refKey({ definitionId: definition.id, version: definition.version }), definition);
  }
  return found;
}

/**
 * Stores dated rates. A rate on file never changes, since requests already judged by it must
 * stay explainable: the same figure again is a no-op, a different one for the same day is
 * refused (publish a correction under a later date).
 */
export async function publishExchangeRates(
  db: Queryable,
  rates: readonly ExchangeRate[],
): Promise<void> {
  const problems = rates.flatMap((rate) =>
    /^[A-Z]{3}$/.test(rate.currency) &&
    /^[A-Z]{3}$/.test(rate.baseCurrency) &&
    /^\d{4}-\d{2}-\d{2}$/.test(rate.validOn) &&
    Number.isFinite(rate.unitsPerBase) &&
    rate.unitsPerBase > 0
      ? []
      : [`${JSON.stringify(rate)} is not a currency, a date and a positive rate.`],
  );
  if (problems.length > 0) throw new WorkflowPublishError('Exchange rates refused', problems);
  if (rates.length === 0) return;
  const columns = [
    rates.map((rate) => rate.baseCurrency),
    rates.map((rate) => rate.currency),
    rates.map((rate) => rate.validOn),
    rates.map((rate) => String(rate.unitsPerBase)),
  ];
  const offered = `unnest($1::text[], $2::text[], $3::date[], $4::numeric[])
    AS offered (base_currency, currency, valid_on, units_per_base)`;
  const changed = await db.query<{ currency: string; valid_on: string }>(
    `SELECT offered.currency, to_char(offered.valid_on, 'YYYY-MM-DD') AS valid_on
     FROM ${offered} JOIN exchange_rates stored USING (base_currency, currency, valid_on)
     WHERE stored.units_per_base <> offered.units_per_base`,
    columns,
  );
  if (changed.length > 0) {
    throw new WorkflowPublishError(
      'Exchange rates refused',
      changed.map(
        (rate) => `A different ${rate.currency} rate for ${rate.valid_on} is already on file.`,
      ),
    );
  }
  await db.query(
    `INSERT INTO exchange_rates (base_currency, currency, valid_on, units_per_base)
     SELECT * FROM ${offered}
     ON CONFLICT (base_currency, currency, valid_on) DO NOTHING`,
    columns,
  );
}

/** Every rate to these base currencies (a short table: currencies times rate dates). */
export async function exchangeRates(
  db: Queryable,
  baseCurrencies: readonly string[],
): Promise<ExchangeRate[]> {
  if (baseCurrencies.length === 0) return [];
  const rows = await db.query<{
    base_currency: string;
    currency: string;
    valid_on: string;
    units_per_base: string;
  }>(
    `SELECT base_currency, currency, to_char(valid_on, 'YYYY-MM-DD') AS valid_on,
       units_per_base::text AS units_per_base
     FROM exchange_rates WHERE base_currency = ANY($1::text[])`,
    [baseCurrencies],
  );
  return rows.map((row) => ({
    baseCurrency: row.base_currency,
    currency: row.currency,
    validOn: row.valid_on,
    unitsPerBase: Number(row.units_per_base),
  }));
}
