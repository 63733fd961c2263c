-- Requests at schema version 3, decisions at 2 and users at 2 (shared/schema/request.ts,
-- decision.ts, user.ts): the same upgrades as the clients' RxDB migration strategies, so both
-- copies agree. Requests gain where they came from (the intake API), the request they follow,
-- their files, a partial approval's amount and the payment; decisions the partial amount; users
-- an absence with a delegate.
UPDATE requests
SET doc = jsonb_build_object(
  'intake', NULL,
  'relatedRequestId', NULL,
  'attachments', '[]'::jsonb,
  'approvedAmount', NULL,
  'payment', NULL
) || doc
WHERE NOT doc ? 'attachments';

UPDATE decisions
SET doc = jsonb_build_object('amount', NULL) || doc
WHERE NOT doc ? 'amount';

UPDATE users
SET doc = jsonb_build_object('away', NULL) || doc
WHERE NOT doc ? 'away';

-- One request per intake source and external id: a retried submission finds the first.
CREATE UNIQUE INDEX requests_intake_origin
ON requests ((doc->'intake'->>'source'), (doc->'intake'->>'externalId'))
WHERE doc->'intake' IS NOT NULL AND jsonb_typeof(doc->'intake') = 'object';
