import { spawn, type ChildProcess } from 'node:child_process';
import { e2eDatabaseUrl } from './e2e-database';

export type StoreProcess = {
  url: string;
  schema: string;
  /** Kills the store without letting it close anything, as a crash or a power cut would. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data. */
  restart(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * A central store of the test's own, on its own port and PostgreSQL schema (serving the browser
 * build that Playwright's web server made), so a test can kill and restart it without touching
 * the store the other tests use.
 */
export async function startStoreProcess(port: number, schema: string): Promise<StoreProcess> {
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  async function start(keepData: boolean) {
    child = spawn('npx', ['tsx', 'test/e2e/support/e2e-store.ts'], {
      env: {
        ...process.env,
        PRM_PORT: String(port),
        E2E_SCHEMA: schema,
        E2E_KEEP_DATA: keepData ? '1' : '0',
        DATABASE_URL: e2eDatabaseUrl(schema),
      },
      stdio: 'ignore',
      detached: true,
    });
    await waitForHealth(url);
  }

  async function kill() {
    const running = child;
    child = undefined;
    if (running?.pid === undefined) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    // The whole process group: npx, tsx and the store itself.
    process.kill(-running.pid, 'SIGKILL');
    await exited;
  }

  await start(false);
  return {
    url,
    schema,
    kill,
    restart: () => start(true),
    stop: kill,
  };
}

async function waitForHealth(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const healthy = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The store at ${url} did not answer within ${timeoutMs} ms`);
}
