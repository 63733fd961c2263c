-- The full PRM model (docs/data-model.md): one table per replicated collection, all of the shape
-- create_replicated_table gives (repeatable/replicated_tables.sql). Scoped collections get the
-- document's territory as a generated column, its index and the scope-exit trigger (its
-- scope_exits table follows in 003, in the same run, before any document can move).
SELECT create_replicated_table('territories', false);
SELECT create_replicated_table('users', false);
SELECT create_replicated_table('programs', false);
SELECT create_replicated_table('products', false);
SELECT create_replicated_table('contacts', true);
SELECT create_replicated_table('deals', true);
SELECT create_replicated_table('requests', true);
SELECT create_replicated_table('decisions', true);
SELECT create_replicated_table('funds', true);
SELECT create_replicated_table('performance', true);
SELECT create_replicated_table('activities', true);

-- Partners gain the fields of schema version 1. The same upgrade as the client's RxDB migration
-- strategy (shared/schema/partner.ts); a test checks both give the same document.
UPDATE partners
SET doc = doc || jsonb_build_object(
  'region', '',
  'parentId', NULL,
  'accountOwnerId', NULL,
  'locations', jsonb_build_array(
    jsonb_build_object('city', doc->'city', 'country', doc->'country', 'headquarters', true)
  ),
  'agreements', '[]'::jsonb,
  'onboarding', '[]'::jsonb,
  'businessPlans', '[]'::jsonb
)
WHERE NOT doc ? 'locations';

SELECT scope_by_territory('partners');
