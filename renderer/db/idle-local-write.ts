import type { CamDatabase } from './database';

/**
 * Writes a local document while the browser is idle, one write for a burst of changes: each
 * call replaces what waits, and only the last is written. For views kept for the next load
 * (the inbox's first page, the dashboard's opening view): a write a change, never one a render.
 */
export function idleLocalWriter(database: CamDatabase, id: string): (data: object) => void {
  let pending: object | undefined;
  let scheduled = false;
  const write = () => {
    scheduled = false;
    const next = pending;
    pending = undefined;
    if (next) void database.upsertLocal(id, next);
  };
  return (data) => {
    pending = data;
    if (scheduled) return;
    scheduled = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(write, { timeout: 2000 });
    else setTimeout(write, 0);
  };
}
