import pg from 'pg';
import type { Database, SqlParams } from './database';

// bigint (int8) columns hold change sequence numbers, which stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export async function openPostgresDatabase(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // Fail at start-up, with the driver's own message, rather than at the first request.
  const probe = await pool.connect();
  probe.release();

  const listeners = new Set<pg.PoolClient>();
  return {
    engine: 'postgres',
    async query<Row extends object>(sql: string, params: SqlParams = []) {
      return (await pool.query<Row & pg.QueryResultRow>(sql, [...params])).rows;
    },
    async transaction(work) {
      const client = await pool.connect();
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
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(script) {
      await pool.query(script);
    },
    async listen(channel, onNotify) {
      // LISTEN needs a connection of its own that stays open.
      const client = await pool.connect();
      listeners.add(client);
      const onNotification = (message: pg.Notification) => {
        if (message.channel === channel) onNotify(message.payload ?? '');
      };
      client.on('notification', onNotification);
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      return async () => {
        listeners.delete(client);
        await client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
        // The connection goes back to the pool: it must not keep calling this listener.
        client.off('notification', onNotification);
        client.release();
      };
    },
    async close() {
      for (const client of listeners) client.release();
      listeners.clear();
      await pool.end();
    },
  };
}
