-- Every write to a replicated collection takes the next number from change_seq while holding the
-- change-feed lock (see server/sync/document-store.ts), so numbers commit in order and a pull that
-- reads "after checkpoint N" can never skip a row that commits later with a smaller number.
CREATE SEQUENCE change_seq AS bigint;

-- One table per replicated collection, all of one shape: the document as the shared schema
-- defines it, its deletion flag, and its place in the change feed.
CREATE TABLE partners (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE UNIQUE INDEX partners_seq_idx ON partners (seq);
