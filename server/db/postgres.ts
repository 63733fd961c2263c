import pg from 'pg';
import { isDatabaseUnavailable } from './connection-errors';
import type { Database, SqlParams } from './database';
import { listenWithReconnect, type ConnectionLost } from './postgres-listener';

// bigint (int8) columns hold change sequence numbers, which stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** How the store's sessions are named in pg_stat_activity, unless the URL names them. */
export const APPLICATION_NAME = 'prm-store';

const logConnectionLost: ConnectionLost = (error, where) => {
  const reason = error instanceof Error ? error.message : String(error);
  console.warn(`PostgreSQL connection lost (${where}): ${reason}`);
};

/**
 * A PostgreSQL server through a pool. A dropped connection never crashes the store: an idle
 * one is logged and replaced, one in use fails its query (answered 503, see
 * connection-errors.ts), and the LISTEN connection is opened again by itself.
 */
export async function openPostgresDatabase(
  connectionString: string,
  onConnectionLost: ConnectionLost = logConnectionLost,
): Promise<Database> {
  // An application_name in the URL wins over this default (node-postgres reads the URL last).
  const config = {
    connectionString,
    application_name: APPLICATION_NAME,
    connectionTimeoutMillis: 5000,
  };
  const pool = new pg.Pool({ ...config, max: 10 });
  // Without these, an 'error' event nobody listens to would end the process: the pool emits it
  // for an idle client whose connection died, a checked-out client for a failure between
  // queries (the query in flight, if any, gets the error as well).
  pool.on('error', (error) => {
    onConnectionLost(error, 'pool');
  });
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  // Fail at start-up, with the driver's own message, rather than at the first request.
  const probe = await pool.connect();
  probe.release();

  const listeners = new Set<() => Promise<void>>();
  return {
    engine: 'postgres',
    async query<Row extends object>(sql: string, params: SqlParams = []) {
      return (await pool.query<Row & pg.QueryResultRow>(sql, [...params])).rows;
    },
    async transaction(work) {
      const client = await pool.connect();
      let failure: unknown;
      try {
        await client.query('BEGIN');
        const result = await work({
          async query<Row extends object>(sql: string, params: SqlParams = []) {
            return (await client.query<Row & pg.QueryResultRow>(sql, [...params])).rows;
          },
          async exec(script) {
            await client.query(script);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        failure = error;
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        // A connection that died mid-transaction must not go back to the pool.
        client.release(isDatabaseUnavailable(failure) ? asError(failure) : undefined);
      }
    },
    async exec(script) {
      await pool.query(script);
    },
    async listen(channel, handlers) {
      // LISTEN needs a connection of its own that stays open, outside the pool.
      const unlisten = await listenWithReconnect(config, channel, handlers, onConnectionLost);
      listeners.add(unlisten);
      return async () => {
        listeners.delete(unlisten);
        await unlisten();
      };
    },
    async close() {
      await Promise.all([...listeners].map((unlisten) => unlisten()));
      listeners.clear();
      await pool.end();
    },
  };
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
