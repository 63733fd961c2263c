-- What the embedded development sign-in provider (oidc-provider) must remember across restarts:
-- grants, sessions and refresh tokens. Kept in memory, a store restart (and on the desktop, every
-- launch) signed everyone out and made the refresh tokens kept in the OS keychain useless.
CREATE TABLE oidc_payloads (
  model text NOT NULL,
  id text NOT NULL,
  payload jsonb NOT NULL,
  grant_id text,
  user_code text,
  uid text,
  expires_at timestamptz,
  PRIMARY KEY (model, id)
);

CREATE INDEX oidc_payloads_grant_idx ON oidc_payloads (grant_id);
CREATE INDEX oidc_payloads_uid_idx ON oidc_payloads (model, uid);
CREATE INDEX oidc_payloads_user_code_idx ON oidc_payloads (model, user_code);
CREATE INDEX oidc_payloads_expiry_idx ON oidc_payloads (expires_at);
