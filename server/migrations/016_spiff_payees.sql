-- Requests version 4 (shared/schema/request.ts): a SPIFF claim names the rep it pays, `payee`
-- ({ name, email }), null for every other type. No request stored before names one, a SPIFF
-- claim included, exactly as the client's upgrade to version 4 does to its local copy; the
-- store refuses to approve a SPIFF claim without a rep. Documents keep their change numbers:
-- clients upgrade their copies by the same rule and pull nothing again.
UPDATE requests
SET doc = jsonb_build_object('payee', NULL) || doc
WHERE NOT doc ? 'payee';

-- A SPIFF claim is judged against its rep's other claims on the program, the rep known by
-- their email in lower case (shared/rules/spiff-payee.ts, payeeKey).
CREATE INDEX requests_spiff_payee_idx ON requests ((lower(doc->'payee'->>'email')))
  WHERE doc->>'type' = 'spiff_claim';
