-- Every write to a replicated collection takes the next number from change_seq while holding the
-- change-feed lock (see server/sync/document-store.ts), so numbers commit in order and a pull that
-- reads "after checkpoint N" can never skip a row that commits later with a smaller number.
CREATE SEQUENCE change_seq AS bigint;

-- Partners as the foundation release shipped them: not yet scoped by territory (002 scopes them).
-- The table's shape is create_replicated_table's (repeatable/replicated_tables.sql).
SELECT create_replicated_table('partners', false);
