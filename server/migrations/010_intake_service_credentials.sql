-- The intake API (docs/intake-api.md): one service credential per source (the partner portal,
-- the CRM connector), kept only as the SHA-256 of its secret, and what each intake submission
-- was, so a retry with the same body answers the stored request and another body is refused.
-- Server-only: neither table replicates.
CREATE TABLE intake_service_credentials (
  source text PRIMARY KEY CHECK (source ~ '^[a-z0-9][a-z0-9-]*$' AND length(source) <= 60),
  secret_sha256 text NOT NULL UNIQUE CHECK (secret_sha256 ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE intake_submissions (
  source text NOT NULL,
  external_id text NOT NULL,
  -- What was asked: the submission (or the follow-up) as canonical JSON, hashed.
  body_sha256 text NOT NULL,
  request_id text NOT NULL,
  -- The channel conflicts the checks listed, answered again to a retry.
  conflicts jsonb NOT NULL DEFAULT '[]',
  submitted_at timestamptz NOT NULL,
  PRIMARY KEY (source, external_id)
);
