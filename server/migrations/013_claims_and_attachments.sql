-- Claims and their files (server/decisions/effects/mdf-claim.ts, spiff-claim.ts, server/files/).
--
-- The content of the files kept with requests (proof of performance): one row per content,
-- keyed by its SHA-256, so the same invoice attached twice is stored once. The request's
-- `attachments` (shared/schema/request.ts) describe the files and replicate; the content does
-- not (clients fetch it by hash from GET /attachments/:sha256). Server-only.
CREATE TABLE attachment_contents (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  media_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes >= 0),
  content bytea NOT NULL CHECK (octet_length(content) = size_bytes),
  stored_at timestamptz NOT NULL DEFAULT now()
);

-- An MDF claim is judged against the other claims quoting the same pre-approval.
CREATE INDEX requests_related_request_idx ON requests ((doc->>'relatedRequestId'))
  WHERE doc->>'relatedRequestId' IS NOT NULL;

-- A SPIFF claim is judged against its partner's won deals.
CREATE INDEX deals_won_by_partner_idx ON deals ((doc->>'partnerId'))
  WHERE doc->>'stage' = 'closed_won';
