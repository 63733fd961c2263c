import { readdir, readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

export type BrowserMemory = {
  /** Resident memory of the renderer process showing the app (the largest renderer). */
  rendererRssMb: number;
  /** The JavaScript heap in use in the page (CDP Performance.getMetrics JSHeapUsedSize). */
  jsHeapMb: number;
  /** Every process of this Chromium (browser, renderers, GPU, utilities), proportional set size:
   *  shared pages are counted once across them, which summing RSS would not do. */
  browserPssMb: number;
  browserRssMb: number;
  processes: number;
};

type ProcessEntry = { pid: number; ppid: number; cmdline: string };

/**
 * The memory of the Chromium whose profile is `profileDir`, from /proc (Linux): its browser
 * process is the one started with that --user-data-dir and no --type, the rest descend from it.
 */
export async function browserMemory(page: Page, profileDir: string): Promise<BrowserMemory> {
  const processes = await listProcesses();
  const root = processes.find(
    (entry) =>
      entry.cmdline.includes(`--user-data-dir=${profileDir}`) && !entry.cmdline.includes('--type='),
  );
  if (!root) throw new Error(`No Chromium process runs with the profile ${profileDir}`);
  const tree = [root];
  for (let index = 0; index < tree.length; index += 1) {
    const parent = tree[index]?.pid;
    tree.push(...processes.filter((entry) => entry.ppid === parent));
  }
  const sizes = await Promise.all(
    tree.map(async (entry) => ({
      entry,
      rss: await statusKilobytes(entry.pid, 'VmRSS'),
      pss: await pssKilobytes(entry.pid),
    })),
  );
  const renderers = sizes.filter((size) => size.entry.cmdline.includes('--type=renderer'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  const megabytes = (kilobytes: number) => kilobytes / 1024;
  return {
    rendererRssMb: megabytes(Math.max(0, ...renderers.map((size) => size.rss))),
    jsHeapMb: heap / 1024 / 1024,
    browserPssMb: megabytes(sizes.reduce((sum, size) => sum + size.pss, 0)),
    browserRssMb: megabytes(sizes.reduce((sum, size) => sum + size.rss, 0)),
    processes: tree.length,
  };
}

async function listProcesses(): Promise<ProcessEntry[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const entries = await Promise.all(
    pids.map(async (pid) => {
      const [stat, cmdline] = await Promise.all([
        readFile(`/proc/${pid}/stat`, 'utf8').catch(() => ''),
        readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => ''),
      ]);
      // The command name in parentheses may hold spaces: the fields after it are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return { pid: Number(pid), ppid, cmdline: cmdline.replaceAll('\0', ' ') };
    }),
  );
  return entries.filter((entry) => Number.isInteger(entry.ppid));
}

async function statusKilobytes(pid: number, field: string): Promise<number> {
  const status = await readFile(`/proc/${String(pid)}/status`, 'utf8').catch(() => '');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
}

async function pssKilobytes(pid: number): Promise<number> {
  const rollup = await readFile(`/proc/${String(pid)}/smaps_rollup`, 'utf8').catch(() => '');
  return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0);
}
