import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiErrorSchema } from '../../shared/api/errors';
import { HealthSchema, type Health } from '../../shared/api/health';
import { SYNC_PROTOCOL_VERSION } from '../../shared/sync/protocol';
import type { Database } from '../db/database';
import { serverVersion } from '../version';

export const healthRoutes: FastifyPluginAsyncTypebox<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/health',
    // 503 unavailable while the database is away (server/db/connection-errors.ts).
    { schema: { tags: ['health'], response: { 200: HealthSchema, 503: ApiErrorSchema } } },
    async () => {
      const [identity] = await database.query<{ id: string }>('SELECT id FROM store_identity');
      if (!identity) throw new Error('store_identity is empty: migration 004 did not run');
      const health: Health = {
        status: 'ok',
        database: database.engine,
        protocolVersion: SYNC_PROTOCOL_VERSION,
        version: serverVersion,
        storeId: identity.id,
      };
      return health;
    },
  );
};
