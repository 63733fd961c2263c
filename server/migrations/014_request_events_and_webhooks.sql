-- Outbound webhooks (docs/webhooks.md): every request event, recorded in the transaction that
-- made it, then delivered from pg-boss to the subscribed endpoints. Server-only tables.
--
-- One row per entry a request's history gains (submitted, each decision, escalated, paid,
-- expired ...), written by a trigger so that no writer of requests can forget it: the intake,
-- the decision service, the sweeps, payments. What the request was at that moment (its status
-- and current step) is kept with it, since a later change must not rewrite an earlier event.
CREATE TABLE request_events (
  seq bigserial PRIMARY KEY,
  request_id text NOT NULL,
  history_index integer NOT NULL,
  action text NOT NULL,
  occurred_at timestamptz NOT NULL,
  territory_id text NOT NULL,
  status text NOT NULL,
  current_step integer NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  -- Set once the event has been handed to the delivery queue (a job per subscription).
  dispatched_at timestamptz,
  UNIQUE (request_id, history_index)
);
CREATE INDEX request_events_undispatched_idx ON request_events (seq) WHERE dispatched_at IS NULL;

-- It never fails the write it follows: a document without a history, or an entry without an
-- action or a time, records nothing (the shared schema makes neither happen).
CREATE FUNCTION record_request_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  known integer := 0;
  total integer := 0;
  entry jsonb;
BEGIN
  IF jsonb_typeof(NEW.doc->'history') IS DISTINCT FROM 'array' THEN
    RETURN NEW;
  END IF;
  total := jsonb_array_length(NEW.doc->'history');
  IF TG_OP = 'UPDATE' AND jsonb_typeof(OLD.doc->'history') = 'array' THEN
    known := jsonb_array_length(OLD.doc->'history');
  END IF;
  FOR i IN known .. total - 1 LOOP
    entry := NEW.doc->'history'->i;
    CONTINUE WHEN entry->>'action' IS NULL
      OR COALESCE(entry->>'at', '') !~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}';
    INSERT INTO request_events
      (request_id, history_index, action, occurred_at, territory_id, status, current_step)
    VALUES (NEW.id, i, entry->>'action', (entry->>'at')::timestamptz,
      COALESCE(NEW.doc->>'territoryId', ''), COALESCE(NEW.doc->>'status', ''),
      CASE WHEN NEW.doc->>'currentStep' ~ '^\d{1,9}$' THEN (NEW.doc->>'currentStep')::integer ELSE 0 END)
    ON CONFLICT (request_id, history_index) DO NOTHING;
  END LOOP;
  RETURN NEW;
END
$$;

CREATE TRIGGER requests_record_events AFTER INSERT OR UPDATE OF doc ON requests
  FOR EACH ROW EXECUTE FUNCTION record_request_events();

-- Where events go: an endpoint IT registers (npm run webhooks -- add ...), with the secret its
-- payloads are signed with, the payload's shape, and which events and territories it receives
-- (empty: all). Removal keeps the row, so its delivery log stays readable.
CREATE TABLE webhook_subscriptions (
  id text PRIMARY KEY,
  url text NOT NULL CHECK (url ~ '^https?://'),
  secret text NOT NULL CHECK (length(secret) >= 16),
  format text NOT NULL CHECK (format IN ('json', 'slack', 'teams')),
  event_types text[] NOT NULL DEFAULT '{}',
  territory_ids text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz
);

-- What became of each event at each endpoint: the delivery log and the dead-letter list.
CREATE TABLE webhook_deliveries (
  subscription_id text NOT NULL REFERENCES webhook_subscriptions (id),
  event_seq bigint NOT NULL REFERENCES request_events (seq) ON DELETE CASCADE,
  attempts integer NOT NULL DEFAULT 0,
  last_attempt_at timestamptz,
  last_status integer,
  last_error text,
  delivered_at timestamptz,
  -- Set when every retry failed: the event is on the dead-letter list until retried.
  dead_at timestamptz,
  -- Set by `npm run webhooks -- retry`: the next dispatch queues the delivery again.
  retry_requested_at timestamptz,
  PRIMARY KEY (subscription_id, event_seq)
);
CREATE INDEX webhook_deliveries_dead_idx ON webhook_deliveries (dead_at) WHERE dead_at IS NOT NULL;
CREATE INDEX webhook_deliveries_retry_idx ON webhook_deliveries (retry_requested_at)
  WHERE retry_requested_at IS NOT NULL;
