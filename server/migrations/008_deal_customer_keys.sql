-- Channel-conflict lookups (server/deals/channel-conflicts.ts): a registration's candidates are
-- the deals whose end customer has the same name key or the same domain key, in any territory.
-- Expression indexes over the keys of repeatable/customer_keys.sql find them without reading
-- every deal.
CREATE INDEX deals_customer_name_key_idx ON deals (customer_name_key(doc->'endCustomer'->>'name'));
CREATE INDEX deals_customer_domain_key_idx ON deals (customer_domain_key(doc->'endCustomer'->>'domain'));
