import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { TypeBoxValidatorCompiler, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  activitiesCollection,
  decisionsCollection,
  partnersCollection,
  replicatedCollections,
  requestsCollection,
  type CollectionDocument,
  type Activity,
  type Decision,
  type Partner,
  type ReplicatedCollectionName,
  type Request,
} from '../shared/schema';
import { decisionService } from './decisions/decision-service';
import { noteService } from './notes/note-service';
import { SYNC_PROTOCOL_VERSION } from '../shared/sync/protocol';
import type { AuthConfig } from './auth/config';
import { withTokenRedaction } from './auth/log-redaction';
import { registerSignIn } from './auth/sign-in';
import type { Database } from './db/database';
import { registerErrorHandling } from './errors';
import { healthRoutes } from './routes/health';
import { intakeRoutes } from './routes/intake';
import { requestRoutes } from './routes/requests';
import { registerCompression } from './sync/compression';
import { syncRoutes } from './routes/sync';
import { createChangeFeed } from './sync/change-feed';
import { documentStore, type DocumentStore } from './sync/document-store';
import { streamHeads } from './sync/stream-heads';
import { serverVersion } from './version';

export type AppOptions = {
  database: Database;
  /** Origins (besides the store's own) whose pages may call the API: the desktop shell, dev UI. */
  corsOrigins: readonly string[];
  /** A built web renderer to serve at `/`, so a browser needs only this one address. */
  webRoot?: string | undefined;
  logger?: FastifyServerOptions['logger'];
  /** Who signs users in: an external OpenID issuer, or the embedded development provider. */
  auth: AuthConfig;
};

export const BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export async function buildApp({
  database,
  corsOrigins,
  webRoot,
  auth,
  logger = false,
}: AppOptions) {
  const app = Fastify({ logger: withTokenRedaction(logger), bodyLimit: BODY_LIMIT_BYTES })
    .setValidatorCompiler(TypeBoxValidatorCompiler)
    .withTypeProvider<TypeBoxTypeProvider>();

  registerErrorHandling(app);
  await app.register(cors, { origin: [...corsOrigins] });
  // Before the static files and the routes: pull pages, snapshots and the app's assets are
  // compressed by Accept-Encoding; the live stream is hijacked and never is (compression.ts).
  await registerCompression(app);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'CAM Desk central PRM store',
        version: serverVersion,
        description: `Sync protocol ${SYNC_PROTOCOL_VERSION}; see docs/sync-protocol.md.`,
      },
    },
  });

  const signIn = await registerSignIn(app, { config: auth, database, corsOrigins });

  const stores = replicatedCollections.map((collection) => documentStore(database, collection));
  const decisions = decisionService(database, {
    decisions: documentStore<Decision>(database, decisionsCollection),
    requests: documentStore<Request>(database, requestsCollection),
  });
  const notes = noteService(database, {
    activities: documentStore<Activity>(database, activitiesCollection),
    partners: documentStore<Partner>(database, partnersCollection),
  });
  const changeFeed = createChangeFeed(database, stores, (error, collection) => {
    app.log.error({ err: error, collection }, 'change feed read failed');
  });
  await changeFeed.start();
  app.addHook('onClose', () => changeFeed.stop());

  await app.register(healthRoutes, { database });
  await app.register(intakeRoutes, { database });
  await app.register(syncRoutes, {
    stores,
    changeFeed,
    decisions,
    notes,
    identify: app.identify,
    heads: streamHeads(database, stores),
  });
  await app.register(requestRoutes, { database, identify: app.identify });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());

  if (webRoot) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      setHeaders(reply, file) {
        // The browser must ask for the service worker each time, or a new build goes unseen.
        if (/(^|[\\/])sw\.js$/.test(file)) reply.header('Cache-Control', 'no-cache');
        if (file.endsWith('.webmanifest')) {
          reply.header('Content-Type', 'application/manifest+json; charset=utf-8');
        }
      },
    });
  }

  /** The store of one collection, typed by its name. */
  function storeOf<Name extends ReplicatedCollectionName>(name: Name) {
    const store = stores.find((candidate) => candidate.collection.name === name);
    if (!store) throw new Error(`No store for collection "${name}"`);
    // Each store was built from the definition of that name, so its documents have that type.
    return store as unknown as DocumentStore<CollectionDocument<Name>>;
  }

  return Object.assign(app, { stores, storeOf, changeFeed, signIn });
}

export type App = Awaited<ReturnType<typeof buildApp>>;
