-- Applied by migrate() on every run, before the numbered migrations, so that every database has
-- these functions: a fresh one, and one migrated before they existed (a desktop's embedded store,
-- a developer's .data folder). Only CREATE OR REPLACE here: running this file again changes nothing.
--
-- Changing a function changes the tables made after the change only. A change every existing
-- table needs is a numbered migration of its own (ALTER TABLE ...), and the catalog fixture
-- (test/fixtures/store-catalog/) is captured again.

-- When a document leaves a territory (a partner moves, a deal is reassigned), the people who
-- covered the old territory must receive a removal. The trigger keeps the document as they last
-- saw it, under the change number of the move; pulls for that territory turn it into a tombstone.
-- (scope_exits is made by 003_scope_exits.sql.)
CREATE OR REPLACE FUNCTION record_scope_exit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.territory_id IS NOT NULL AND OLD.territory_id IS DISTINCT FROM NEW.territory_id THEN
    INSERT INTO scope_exits (collection, id, territory_id, doc, seq)
    VALUES (TG_TABLE_NAME, OLD.id, OLD.territory_id, OLD.doc, NEW.seq);
  END IF;
  RETURN NEW;
END
$$;

-- Makes a replicated table territory-scoped: the document's territory as a generated column, so
-- replication filters by territory with an index instead of reading every document, and the
-- trigger that records a document leaving its territory.
CREATE OR REPLACE FUNCTION scope_by_territory(collection text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    $sql$ALTER TABLE %I ADD COLUMN territory_id text GENERATED ALWAYS AS (doc->>'territoryId') STORED$sql$,
    collection);
  EXECUTE format('CREATE INDEX %I ON %I (territory_id, seq)', collection || '_territory_seq_idx', collection);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION record_scope_exit()',
    collection || '_scope_exit', collection);
END
$$;

-- One table per replicated collection, all of one shape (docs/data-model.md): the document as the
-- shared schema defines it, its deletion flag, and its place in the change feed (change_seq).
-- Fails if the table exists: a migration that adds a collection must not meet an old one.
CREATE OR REPLACE FUNCTION create_replicated_table(collection text, territory_scoped boolean)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($sql$CREATE TABLE %I (
    id text PRIMARY KEY,
    doc jsonb NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    seq bigint NOT NULL,
    updated_at timestamptz NOT NULL
  )$sql$, collection);
  EXECUTE format('CREATE UNIQUE INDEX %I ON %I (seq)', collection || '_seq_idx', collection);
  IF territory_scoped THEN
    PERFORM scope_by_territory(collection);
  END IF;
END
$$;
