-- The full PRM model (docs/data-model.md): one table per replicated collection, all of the shape
-- 001 gave partners. Scoped collections expose the document's territory as a generated column,
-- so replication can filter by territory with an index instead of reading every document.

CREATE TABLE territories (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE UNIQUE INDEX territories_seq_idx ON territories (seq);

CREATE TABLE users (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE UNIQUE INDEX users_seq_idx ON users (seq);

CREATE TABLE programs (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE UNIQUE INDEX programs_seq_idx ON programs (seq);

CREATE TABLE products (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE UNIQUE INDEX products_seq_idx ON products (seq);

CREATE TABLE contacts (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL,
  territory_id text GENERATED ALWAYS AS (doc->>'territoryId') STORED);

CREATE UNIQUE INDEX contacts_seq_idx ON contacts (seq);

CREATE INDEX contacts_territory_seq_idx ON contacts (territory_id, seq);

CREATE TABLE deals (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL,
  territory_id text GENERATED ALWAYS AS (doc->>'territoryId') STORED);

CREATE UNIQUE INDEX deals_seq_idx ON deals (seq);

CREATE INDEX deals_territory_seq_idx ON deals (territory_id, seq);

CREATE TABLE requests (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL,
  territory_id text GENERATED ALWAYS AS (doc->>'territoryId') STORED);

CREATE UNIQUE INDEX requests_seq_idx ON requests (seq);

CREATE INDEX requests_territory_seq_idx ON requests (territory_id, seq);

CREATE TABLE decisions (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL,
  territory_id text GENERATED ALWAYS AS (doc->>'territoryId') STORED);

CREATE UNIQUE INDEX decisions_seq_idx ON decisions (seq);

CREATE INDEX decisions_territory_seq_idx ON decisions (territory_id, seq);

CREATE TABLE funds (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL,
  territory_id text GENERATED ALWAYS AS (doc->>'territoryId') STORED);

CREATE UNIQUE INDEX funds_seq_idx ON funds (seq);

CREATE INDEX funds_territory_seq_idx ON funds (territory_id, seq);

CREATE TABLE performance (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL,
  territory_id text GENERATED ALWAYS AS (doc->>'territoryId') STORED);

CREATE UNIQUE INDEX performance_seq_idx ON performance (seq);

CREATE INDEX performance_territory_seq_idx ON performance (territory_id, seq);

CREATE TABLE activities (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL,
  territory_id text GENERATED ALWAYS AS (doc->>'territoryId') STORED);

CREATE UNIQUE INDEX activities_seq_idx ON activities (seq);

CREATE INDEX activities_territory_seq_idx ON activities (territory_id, seq);

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

ALTER TABLE partners
  ADD COLUMN territory_id text GENERATED ALWAYS AS (doc->>'territoryId') STORED;

CREATE INDEX partners_territory_seq_idx ON partners (territory_id, seq);
