import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromiumArgs, chromiumPath } from '../../test/support/chromium';
import { REOPEN_PARAM, type BenchCalls, type BenchWindow } from '../page/api';

export type BrowserSession = {
  chromiumVersion: string;
  /** The one page, for measurements that drive a real app rather than the benchmark page. */
  page: Page;
  /** The profile directory on disk (finds the browser's processes, see app/memory.ts). */
  profileDir: string;
  /** Loads the page afresh (a new JS realm), optionally reopening a database at load. */
  load(options?: { reopen?: string }): Promise<void>;
  call<Call extends keyof BenchCalls>(
    call: Call,
    input: BenchCalls[Call]['input'],
  ): Promise<BenchCalls[Call]['output']>;
  /** Runs `work` under Chromium's CPU profiler and writes the profile (.cpuprofile) to `file`. */
  profile<Result>(file: string, work: () => Promise<Result>): Promise<Result>;
  close(): Promise<void>;
};

/**
 * Headless Chromium with a profile on disk (a persistent context: IndexedDB is written to disk
 * as in the app, not kept in memory as in an incognito context), showing the benchmark page.
 */
export async function openBrowser(
  pageUrl: string,
  log: (message: string) => void,
): Promise<BrowserSession> {
  const profile = await mkdtemp(path.join(tmpdir(), 'cam-bench-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      headless: true,
    });
    const page: Page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      const text = message.text();
      // PouchDB looks for its replication checkpoints first: a 404 each, expected.
      const expected404 = text.includes('status of 404');
      if ((message.type() === 'error' && !expected404) || text.startsWith('[bench]')) {
        log(`[page] ${text}`);
      }
    });
    page.on('pageerror', (error) => {
      log(`[page error] ${error.message}`);
    });
    // Playwright's own Chromium when there is no system one (test/support/chromium.ts).
    const chromiumVersion = await versionOf(chromiumPath ?? chromium.executablePath());
    const open = context;
    return {
      chromiumVersion,
      page,
      profileDir: profile,
      async load(options = {}) {
        const url = new URL(pageUrl);
        if (options.reopen) url.searchParams.set(REOPEN_PARAM, options.reopen);
        await page.goto(url.toString());
        // See call(): the page sets camBench on its window.
        await page.waitForFunction(() => (window as BenchWindow).camBench !== undefined);
      },
      async call<Call extends keyof BenchCalls>(call: Call, input: BenchCalls[Call]['input']) {
        const output = await page.evaluate(
          async (args: { call: keyof BenchCalls; input: unknown }) => {
            // The page sets camBench on its window (page/main.ts); Window does not declare it.
            const api = (window as BenchWindow).camBench;
            if (!api) throw new Error('The benchmark page is not loaded');
            // Playwright passes the pair untyped; `input` is the one `call` takes (see below).
            const run = api[args.call] as (input: unknown) => Promise<unknown>;
            return run(args.input);
          },
          { call, input },
        );
        // The page answered `call` with its output (BenchApi), as JSON.
        return output as BenchCalls[Call]['output'];
      },
      async profile(file, work) {
        const cdp = await open.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
        await cdp.send('Profiler.start');
        try {
          return await work();
        } finally {
          const { profile } = await cdp.send('Profiler.stop');
          await writeFile(file, JSON.stringify(profile));
          await cdp.detach();
          log(`CPU profile written to ${file}`);
        }
      },
      async close() {
        await open.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

async function versionOf(executable: string): Promise<string> {
  const { stdout } = await promisify(execFile)(executable, ['--version']).catch(() => ({
    stdout: 'unknown',
  }));
  return stdout.trim();
}
