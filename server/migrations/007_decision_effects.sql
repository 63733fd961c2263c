-- Decisions change what a request is about (server/decisions/effects).
--
-- Deals gain the special price of schema version 2 (shared/schema/deal.ts): none on every stored
-- deal, the same upgrade as the client's RxDB migration strategy, so the two copies agree. A
-- price granted before this version is in its request's history only.
UPDATE deals
SET doc = doc || jsonb_build_object('specialPricing', NULL)
WHERE NOT doc ? 'specialPricing';

-- The numbers behind special-pricing authorisation ids (SPA-<year>-<base36>): a sequence never
-- hands out a number twice, so one store never issues the same id twice, whatever commits when.
CREATE SEQUENCE special_pricing_authorization_seq AS bigint START 1;
