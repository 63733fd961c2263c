import { readdir, readFile } from 'node:fs/promises';

/** Linux reports process CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICKS_PER_SECOND = 100;

/**
 * User + system CPU seconds a process has used so far (Linux /proc), or NaN if unknown; with
 * `reapedChildren`, also those of its children that have exited (how a PostgreSQL postmaster
 * keeps the time of backends that have closed).
 */
export async function processCpuSeconds(
  pid: number | undefined,
  reapedChildren = false,
): Promise<number> {
  if (pid === undefined) return Number.NaN;
  const stat = await readFile(`/proc/${String(pid)}/stat`, 'utf8').catch(() => '');
  // Fields after the command name (which may hold spaces) start at field 3; utime, stime,
  // cutime, cstime are fields 14 to 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const own = Number(fields[11]) + Number(fields[12]);
  const children = reapedChildren ? Number(fields[13]) + Number(fields[14]) : 0;
  return (own + children) / TICKS_PER_SECOND;
}

/**
 * CPU seconds used so far by PostgreSQL on this machine (0 if none is local): every running
 * postgres process, and the backends that have exited (counted by the postmaster, their parent).
 */
export async function postgresCpuSeconds(): Promise<number> {
  const pids = (await readdir('/proc').catch(() => [])).filter((name) => /^\d+$/.test(name));
  let seconds = 0;
  for (const pid of pids) {
    const command = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
    if (command.trim() === 'postgres') {
      const used = await processCpuSeconds(Number(pid), true);
      if (!Number.isNaN(used)) seconds += used;
    }
  }
  return seconds;
}
