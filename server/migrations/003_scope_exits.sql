-- Where record_scope_exit (repeatable/replicated_tables.sql), the trigger of every
-- territory-scoped table, keeps a document that left a territory, under the change number of the
-- move: pulls for that territory turn it into a tombstone.
CREATE TABLE scope_exits (
  collection text NOT NULL,
  id text NOT NULL,
  territory_id text NOT NULL,
  doc jsonb NOT NULL,
  seq bigint NOT NULL,
  PRIMARY KEY (collection, seq, id)
);

CREATE INDEX scope_exits_territory_idx ON scope_exits (collection, territory_id, seq);

-- A person's own decisions stay visible to them even when the request is outside their scope.
CREATE INDEX decisions_decided_by_idx ON decisions ((doc->>'decidedBy'), seq);
