import { ConfigError, readServerConfig } from '../server/config';
import { startStore } from '../server/start';

/**
 * `npm run web`: the central store on the embedded default, seeded with demo data on first run,
 * serving the browser build of the app. Any variable README lists still overrides these.
 */
async function main() {
  const config = readServerConfig({ PRM_SEED: 'demo', PRM_WEB_ROOT: 'dist/web', ...process.env });
  const store = await startStore(config);
  console.log(`CAM Desk is at ${store.url} (central store on the same address). Ctrl+C stops it.`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void store.close().then(() => process.exit(0)));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
