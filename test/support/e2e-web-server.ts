import { spawn } from 'node:child_process';

const port = Number(process.env['E2E_PORT'] ?? 8788);
export const e2eStorePort = port;
export const e2eStoreUrl = `http://127.0.0.1:${String(port)}`;

export type E2eWebServer = { stop(): Promise<void> };

/**
 * What Playwright's `webServer` did, started from the global set-up instead: Playwright starts
 * its web server before any global set-up, so that server could not get the PostgreSQL the
 * set-up chooses. Runs `command` in its own process group, prints its output, waits until
 * `${e2eStoreUrl}/health` answers, and refuses a port that is already in use.
 */
export async function startE2eWebServer(
  command: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 120_000,
): Promise<E2eWebServer> {
  if (await healthy()) {
    throw new Error(`${e2eStoreUrl} is already in use: stop what runs there, or set E2E_PORT.`);
  }
  const child = spawn(command, {
    shell: true,
    detached: true,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => process.stdout.write(prefixed(chunk)));
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(prefixed(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  async function stop() {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    // The whole group (sh, npm, tsx, the store); the store closes on SIGTERM, else it is killed.
    process.kill(-child.pid, 'SIGTERM');
    const closed = await Promise.race([exited.then(() => true), delay(10_000).then(() => false)]);
    if (!closed) process.kill(-child.pid, 'SIGKILL');
  }

  const deadline = Date.now() + timeoutMs;
  while (!(await healthy())) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const status = child.exitCode ?? child.signalCode;
      throw new Error(
        `The e2e web server (${command}) stopped before answering (${String(status)})`,
      );
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `The e2e web server did not answer at ${e2eStoreUrl}/health in ${timeoutMs} ms`,
      );
    }
    await delay(250);
  }
  return { stop };
}

function healthy(): Promise<boolean> {
  return fetch(`${e2eStoreUrl}/health`).then(
    (response) => response.ok,
    () => false,
  );
}

function prefixed(chunk: Buffer): string {
  return chunk
    .toString()
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `[WebServer] ${line}\n`)
    .join('');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
