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
