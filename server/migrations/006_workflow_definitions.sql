-- The approval workflow as data (docs/workflow.md, shared/schema/workflow.ts): server-only, never
-- replicated. A definition version is immutable: requests name the version they started with
-- and are judged by it to the end, so a change is published as the next version.
CREATE TABLE workflow_definitions (
  id text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  definition jsonb NOT NULL,
  published_at timestamptz NOT NULL,
  PRIMARY KEY (id, version),
  CHECK (definition->>'id' = id AND (definition->>'version')::integer = version)
);

CREATE FUNCTION refuse_workflow_definition_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'workflow definition % version % is immutable: publish a new version',
    OLD.id, OLD.version;
END;
$$;

CREATE TRIGGER workflow_definitions_immutable
BEFORE UPDATE OR DELETE ON workflow_definitions
FOR EACH ROW EXECUTE FUNCTION refuse_workflow_definition_change();

-- Dated exchange rates: from valid_on on (until a later date's rate), one unit of base_currency
-- buys units_per_base units of currency. An amount is converted at the latest rate on or before
-- the day that matters (a request's submission).
CREATE TABLE exchange_rates (
  base_currency text NOT NULL CHECK (base_currency ~ '^[A-Z]{3}$'),
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  valid_on date NOT NULL,
  units_per_base numeric NOT NULL CHECK (units_per_base > 0),
  PRIMARY KEY (base_currency, currency, valid_on)
);

-- Requests gain the workflow they follow (requests schema version 2). Those stored before were
-- routed by the rules version 1 of the standard workflow holds. The same upgrade as the client's
-- RxDB migration strategy (shared/schema/request.ts); a test checks both give the same document.
UPDATE requests
SET doc = doc || jsonb_build_object(
  'workflow', jsonb_build_object('definitionId', 'workflow-standard', 'version', 1)
)
WHERE NOT doc ? 'workflow';
