import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEV_KEYS_FILE_NAME } from '../../server/auth/config';
import { readDevSigningKeys } from '../../server/auth/dev-keys';
import { mintDevAccessToken } from '../../server/auth/mint';
import { DEV_OIDC_PATH } from '../../shared/auth/oidc';

/**
 * The store as its own process (`server/main.ts`) over a given PostgreSQL database, so a test can
 * kill it with SIGKILL: no close hook, no graceful shutdown, whatever was in flight is cut.
 */
export async function storeProcess(databaseUrl: string) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'prm-crash-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  async function start() {
    const started = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRM_DATA_DIR: dataDir,
        PRM_HOST: '127.0.0.1',
        PRM_PORT: String(port),
        PRM_PUBLIC_URL: url,
        PRM_LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child = started;
    await new Promise<void>((resolve, reject) => {
      started.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Central PRM store on')) resolve();
      });
      started.once('exit', (code) => {
        reject(new Error(`store exited with ${String(code)} before listening`));
      });
    });
  }

  return {
    url,
    start,
    /** SIGKILL, then waits until the process is gone. */
    async kill() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const gone = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await gone;
    },
    /** A token the store accepts: its signing keys persist in its data directory. */
    async tokenFor(userId: string) {
      const keys = await readDevSigningKeys(path.join(dataDir, DEV_KEYS_FILE_NAME));
      if (!keys) throw new Error('the store has not written its signing keys');
      return mintDevAccessToken({ keys, issuer: `${url}${DEV_OIDC_PATH}`, userId });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}
