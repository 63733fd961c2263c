import type { Adapter, AdapterConstructor, AdapterPayload } from 'oidc-provider';
import type { Queryable } from '../db/database';

/** Expired payloads are swept at most this often, by whichever write comes first. */
const SWEEP_EVERY_MS = 60_000;

type PayloadRow = { payload: AdapterPayload };

/**
 * PostgreSQL text and jsonb cannot hold U+0000, so sign-in input holding one (`?state=%00`)
 * is refused the way oidc-provider refuses bad input (it renders `expose`d errors with their
 * status): a 400 invalid_request, not a failed query and a 500.
 */
class NulInputError extends Error {
  readonly expose = true;
  readonly statusCode = 400;
  readonly error_description = 'A parameter holds a NUL character (U+0000)';
  constructor() {
    super('invalid_request');
  }
}

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([key, item]) => holdsNul(key) || holdsNul(item));
  }
  return false;
}

/**
 * oidc-provider's storage in the store's own PostgreSQL (table oidc_payloads, migration 005):
 * grants, sessions and refresh tokens outlive a restart of the store, so a CAM stays signed in.
 * One class per model, as oidc-provider expects; every query names the model.
 */
export function postgresOidcAdapter(database: Queryable): AdapterConstructor {
  let sweptAt = 0;
  async function sweepExpired() {
    if (Date.now() - sweptAt < SWEEP_EVERY_MS) return;
    sweptAt = Date.now();
    await database.query('DELETE FROM oidc_payloads WHERE expires_at < now()');
  }
  const findOne = async (sql: string, params: unknown[]) => {
    // A key holding NUL can never have been stored: nothing to find, no query to fail.
    if (holdsNul(params)) return undefined;
    const [row] = await database.query<PayloadRow>(sql, params);
    return row?.payload;
  };
  const live = 'AND (expires_at IS NULL OR expires_at > now())';

  return class PostgresOidcAdapter implements Adapter {
    constructor(readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn?: number) {
      if (holdsNul([id, payload])) throw new NulInputError();
      await sweepExpired();
      await database.query(
        `INSERT INTO oidc_payloads (model, id, payload, grant_id, user_code, uid, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6,
                 CASE WHEN $7::integer IS NULL THEN NULL ELSE now() + make_interval(secs => $7) END)
         ON CONFLICT (model, id) DO UPDATE SET
           payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id,
           user_code = EXCLUDED.user_code, uid = EXCLUDED.uid, expires_at = EXCLUDED.expires_at`,
        [
          this.model,
          id,
          JSON.stringify(payload),
          payload.grantId ?? null,
          payload.userCode ?? null,
          payload.uid ?? null,
          expiresIn ?? null,
        ],
      );
    }

    find(id: string) {
      return findOne(`SELECT payload FROM oidc_payloads WHERE model = $1 AND id = $2 ${live}`, [
        this.model,
        id,
      ]);
    }

    findByUid(uid: string) {
      return findOne(`SELECT payload FROM oidc_payloads WHERE model = $1 AND uid = $2 ${live}`, [
        this.model,
        uid,
      ]);
    }

    findByUserCode(userCode: string) {
      return findOne(
        `SELECT payload FROM oidc_payloads WHERE model = $1 AND user_code = $2 ${live}`,
        [this.model, userCode],
      );
    }

    async consume(id: string) {
      await database.query(
        `UPDATE oidc_payloads
         SET payload = jsonb_set(payload, '{consumed}', to_jsonb(extract(epoch FROM now())::bigint))
         WHERE model = $1 AND id = $2`,
        [this.model, id],
      );
    }

    async destroy(id: string) {
      await database.query('DELETE FROM oidc_payloads WHERE model = $1 AND id = $2', [
        this.model,
        id,
      ]);
    }

    async revokeByGrantId(grantId: string) {
      await database.query('DELETE FROM oidc_payloads WHERE grant_id = $1', [grantId]);
    }
  };
}
