import type { Database } from '../db/database';
import { expireRequests } from './expiry';
import { escalateBreachedSteps } from './sla-escalation';

/** A job run on a schedule over the whole store, given the time to take as now. */
export type Sweep = {
  name: string;
  /** pg-boss cron (UTC); undefined: only when sent. */
  cron?: string;
  /** Does the work; answers a line for the log when it changed something. */
  run(database: Database, now: Date): Promise<string | undefined>;
};

export const sweeps: readonly Sweep[] = [
  {
    name: 'sla-escalation',
    cron: '* * * * *',
    async run(database, now) {
      const escalated = await escalateBreachedSteps(database, now);
      return escalated.length > 0 ? `escalated ${escalated.join(', ')}` : undefined;
    },
  },
  {
    name: 'request-expiry',
    cron: '* * * * *',
    async run(database, now) {
      const { requests, deals } = await expireRequests(database, now);
      return requests.length + deals.length > 0
        ? `expired requests ${requests.join(', ') || 'none'}; deals ${deals.join(', ') || 'none'}`
        : undefined;
    },
  },
];

/**
 * Every sweep once, as the schedule would have run them by `now`: after a seed, so the demo a
 * CAM signs into already shows what the minute's cron would change under her (the overdue steps
 * escalated, the lapsed requests expired). Answers the names of the sweeps that changed something.
 */
export async function runSweepsOnce(database: Database, now: Date): Promise<string[]> {
  const changed: string[] = [];
  for (const sweep of sweeps) {
    if (await sweep.run(database, now)) changed.push(sweep.name);
  }
  return changed;
}
