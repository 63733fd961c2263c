/**
 * The central store under test, in a process of its own so its memory (RSS) is its own. Started
 * by ./bench-store with a seeded scratch schema; prints one READY line with its address and an
 * access token for the benchmark user, and stops on SIGTERM.
 */
import { mintDevAccessToken } from '../../server/auth/mint';
import { startStore } from '../../server/start';
import { READY_PREFIX, type ReadyLine } from './ready-line';

async function main() {
  const url = process.env['BENCH_STORE_DATABASE_URL'];
  const userId = process.env['BENCH_STORE_USER'];
  if (!url || !userId)
    throw new Error('BENCH_STORE_DATABASE_URL and BENCH_STORE_USER are required');
  const store = await startStore({
    database: { engine: 'postgres', url },
    // A restarted store (the reconnect storm) keeps its signing keys and its address, so the
    // tokens and URLs its clients hold stay good.
    auth: {
      provider: 'development',
      keysFile: process.env['BENCH_STORE_KEYS_FILE'],
      publicUrl: undefined,
    },
    host: '127.0.0.1',
    port: Number(process.env['BENCH_STORE_PORT'] ?? 0),
    corsOrigins: [],
    webRoot: process.env['BENCH_STORE_WEB_ROOT'],
    seed: undefined,
  });
  const keys = store.app.signIn.devKeys;
  if (!keys) throw new Error('The bench store needs the development issuer');
  const token = await mintDevAccessToken({
    keys,
    issuer: store.app.signIn.issuer(),
    userId,
    ttlSeconds: 6 * 60 * 60,
  });
  const ready: ReadyLine = { url: store.url, token };
  process.stdout.write(`${READY_PREFIX}${JSON.stringify(ready)}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void store.close().finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
