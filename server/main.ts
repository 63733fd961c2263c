import { ConfigError, readServerConfig } from './config';
import { startStore } from './start';

/** `npm run server`: the central PRM store, configured by environment variables (README). */
async function main() {
  const config = readServerConfig(process.env);
  const store = await startStore(config, { level: process.env['PRM_LOG_LEVEL'] ?? 'info' });
  const engine =
    config.database.engine === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.database.dataDir}`;
  console.log(`Central PRM store on ${store.url} (${engine})`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void store.close().then(() => process.exit(0)));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
