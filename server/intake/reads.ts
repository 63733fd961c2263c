import { createHash } from 'node:crypto';
import type { IntakeConflict } from '../../shared/api/intake';
import type { Contact, Partner, Program, Request, User } from '../../shared/schema';
import type { Queryable } from '../db/database';

/** What the intake service reads in its transaction, one query each. */

export async function documentById<Doc>(
  tx: Queryable,
  table: 'partners' | 'deals' | 'funds' | 'programs' | 'requests',
  id: string,
  lock = false,
): Promise<Doc | undefined> {
  const [row] = await tx.query<{ doc: Doc }>(
    `SELECT doc FROM ${table} WHERE id = $1 AND NOT deleted${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return row?.doc;
}

export async function contactsOf(tx: Queryable, partnerId: string): Promise<Contact[]> {
  const rows = await tx.query<{ doc: Contact }>(
    `SELECT doc FROM contacts WHERE NOT deleted AND doc->>'partnerId' = $1 ORDER BY id`,
    [partnerId],
  );
  return rows.map((row) => row.doc);
}

/** The tier program in force on `day`: the latest that started by then. */
export async function tierProgramOn(tx: Queryable, day: string): Promise<Program | undefined> {
  const [row] = await tx.query<{ doc: Program }>(
    `SELECT doc FROM programs
     WHERE NOT deleted AND doc->>'kind' = 'tier_program' AND doc->>'validFrom' <= $1
     ORDER BY doc->>'validFrom' DESC LIMIT 1`,
    [day],
  );
  return row?.doc;
}

export async function territoryRegion(tx: Queryable, territoryId: string): Promise<string> {
  const [row] = await tx.query<{ region: string | null }>(
    `SELECT doc->>'region' AS region FROM territories WHERE id = $1 AND NOT deleted`,
    [territoryId],
  );
  return row?.region ?? '';
}

/** Active staff covering a territory, in id order. */
export async function staffOf(tx: Queryable, territoryId: string): Promise<User[]> {
  const rows = await tx.query<{ doc: User }>(
    `SELECT doc FROM users
     WHERE NOT deleted AND (doc->>'active')::boolean AND doc->'territoryIds' ? $1 ORDER BY id`,
    [territoryId],
  );
  return rows.map((row) => row.doc);
}

/** The request that entered as (source, external id), through migration 009's unique index. */
export async function requestByOrigin(
  tx: Queryable,
  source: string,
  externalId: string,
): Promise<Request | undefined> {
  const [row] = await tx.query<{ doc: Request }>(
    `SELECT doc FROM requests
     WHERE doc->'intake' IS NOT NULL AND jsonb_typeof(doc->'intake') = 'object'
       AND doc->'intake'->>'source' = $1 AND doc->'intake'->>'externalId' = $2 AND NOT deleted`,
    [source, externalId],
  );
  return row?.doc;
}

/** Open requests that follow `requestId` (an extension already asked for). */
export async function openFollowUps(
  tx: Queryable,
  requestId: string,
  openStatuses: readonly string[],
): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM requests
     WHERE NOT deleted AND doc->>'relatedRequestId' = $1 AND doc->>'status' = ANY($2::text[])`,
    [requestId, openStatuses],
  );
  return row?.n ?? 0;
}

export type StoredSubmission = {
  bodySha256: string;
  requestId: string;
  conflicts: IntakeConflict[];
};

export async function storedSubmission(
  tx: Queryable,
  source: string,
  externalId: string,
): Promise<StoredSubmission | undefined> {
  const [row] = await tx.query<{
    body_sha256: string;
    request_id: string;
    conflicts: IntakeConflict[];
  }>(
    `SELECT body_sha256, request_id, conflicts FROM intake_submissions
     WHERE source = $1 AND external_id = $2`,
    [source, externalId],
  );
  return (
    row && { bodySha256: row.body_sha256, requestId: row.request_id, conflicts: row.conflicts }
  );
}

export async function recordSubmission(
  tx: Queryable,
  entry: StoredSubmission & { source: string; externalId: string; at: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO intake_submissions
       (source, external_id, body_sha256, request_id, conflicts, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      entry.source,
      entry.externalId,
      entry.bodySha256,
      entry.requestId,
      JSON.stringify(entry.conflicts),
      entry.at.toISOString(),
    ],
  );
}

/** JSON with keys sorted at every level, hashed: the same body in any key order hashes alike. */
export function bodyHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A stable id of at most 64 characters for what entered as (source, external id). */
export function intakeId(prefix: 'request' | 'deal', source: string, externalId: string): string {
  const digest = createHash('sha256').update(`${source}\n${externalId}`).digest('hex');
  return `${prefix}-in-${digest.slice(0, 24)}`;
}

export type PartnerFacts = { partner: Partner; region: string };
