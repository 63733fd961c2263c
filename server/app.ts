import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { TypeBoxValidatorCompiler, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { replicatedCollections } from '../shared/schema';
import { SYNC_PROTOCOL_VERSION } from '../shared/sync/protocol';
import type { Database } from './db/database';
import { registerErrorHandling } from './errors';
import { healthRoutes } from './routes/health';
import { syncRoutes } from './routes/sync';
import { createChangeFeed } from './sync/change-feed';
import { documentStore } from './sync/document-store';
import { serverVersion } from './version';

export type AppOptions = {
  database: Database;
  /** Origins (besides the store's own) whose pages may call the API: the desktop shell, dev UI. */
  corsOrigins: readonly string[];
  /** A built web renderer to serve at `/`, so a browser needs only this one address. */
  webRoot?: string | undefined;
  logger?: FastifyServerOptions['logger'];
};

export const BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export async function buildApp({ database, corsOrigins, webRoot, logger = false }: AppOptions) {
  const app = Fastify({ logger, bodyLimit: BODY_LIMIT_BYTES })
    .setValidatorCompiler(TypeBoxValidatorCompiler)
    .withTypeProvider<TypeBoxTypeProvider>();

  registerErrorHandling(app);
  await app.register(cors, { origin: [...corsOrigins] });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'CAM Desk central PRM store',
        version: serverVersion,
        description: `Sync protocol ${SYNC_PROTOCOL_VERSION}; see docs/sync-protocol.md.`,
      },
    },
  });

  const stores = replicatedCollections.map((collection) => documentStore(database, collection));
  const changeFeed = createChangeFeed(database, stores, (error, collection) => {
    app.log.error({ err: error, collection }, 'change feed read failed');
  });
  await changeFeed.start();
  app.addHook('onClose', () => changeFeed.stop());

  await app.register(healthRoutes, { database });
  await app.register(syncRoutes, { stores, changeFeed });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());

  if (webRoot) await app.register(fastifyStatic, { root: webRoot, wildcard: false });

  return Object.assign(app, { stores });
}

export type App = Awaited<ReturnType<typeof buildApp>>;
