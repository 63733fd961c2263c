-- When a document leaves a territory (a partner moves, a deal is reassigned), the people who
-- covered the old territory must receive a removal. The trigger keeps the document as they last
-- saw it, under the change number of the move; pulls for that territory turn it into a tombstone.
CREATE TABLE scope_exits (
  collection text NOT NULL,
  id text NOT NULL,
  territory_id text NOT NULL,
  doc jsonb NOT NULL,
  seq bigint NOT NULL,
  PRIMARY KEY (collection, seq, id)
);

CREATE INDEX scope_exits_territory_idx ON scope_exits (collection, territory_id, seq);

CREATE FUNCTION record_scope_exit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.territory_id IS NOT NULL AND OLD.territory_id IS DISTINCT FROM NEW.territory_id THEN
    INSERT INTO scope_exits (collection, id, territory_id, doc, seq)
    VALUES (TG_TABLE_NAME, OLD.id, OLD.territory_id, OLD.doc, NEW.seq);
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER partners_scope_exit AFTER UPDATE ON partners
  FOR EACH ROW EXECUTE FUNCTION record_scope_exit();

CREATE TRIGGER contacts_scope_exit AFTER UPDATE ON contacts
  FOR EACH ROW EXECUTE FUNCTION record_scope_exit();

CREATE TRIGGER deals_scope_exit AFTER UPDATE ON deals
  FOR EACH ROW EXECUTE FUNCTION record_scope_exit();

CREATE TRIGGER requests_scope_exit AFTER UPDATE ON requests
  FOR EACH ROW EXECUTE FUNCTION record_scope_exit();

CREATE TRIGGER decisions_scope_exit AFTER UPDATE ON decisions
  FOR EACH ROW EXECUTE FUNCTION record_scope_exit();

CREATE TRIGGER funds_scope_exit AFTER UPDATE ON funds
  FOR EACH ROW EXECUTE FUNCTION record_scope_exit();

CREATE TRIGGER performance_scope_exit AFTER UPDATE ON performance
  FOR EACH ROW EXECUTE FUNCTION record_scope_exit();

CREATE TRIGGER activities_scope_exit AFTER UPDATE ON activities
  FOR EACH ROW EXECUTE FUNCTION record_scope_exit();

-- A person's own decisions stay visible to them even when the request is outside their scope.
CREATE INDEX decisions_decided_by_idx ON decisions ((doc->>'decidedBy'), seq);
