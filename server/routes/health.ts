import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HealthSchema } from '../../shared/api/health';
import { SYNC_PROTOCOL_VERSION } from '../../shared/sync/protocol';
import type { Database } from '../db/database';
import { serverVersion } from '../version';

export const healthRoutes: FastifyPluginAsyncTypebox<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/health',
    { schema: { tags: ['health'], response: { 200: HealthSchema } } },
    async () => {
      const [identity] = await database.query<{ id: string }>('SELECT id FROM store_identity');
      if (!identity) throw new Error('store_identity is empty: migration 004 did not run');
      return {
        status: 'ok' as const,
        database: database.engine,
        protocolVersion: SYNC_PROTOCOL_VERSION,
        version: serverVersion,
        storeId: identity.id,
      };
    },
  );
};
