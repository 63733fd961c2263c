import { proxy, releaseProxy, wrap } from 'comlink';
import type { ReportRequest } from '../../../shared/reports/report-request';
import type { ReportSources } from '../../../shared/reports/report-sources';
import type { ReportOutput } from './report-output';
import type { ReportJobContext, ReportWorker, WorkerProgress } from './report.worker';

/** Thrown by a job's result once it was cancelled: not a failure to report. */
export class ReportCancelled extends Error {
  constructor() {
    super('The export was cancelled');
    this.name = 'ReportCancelled';
  }
}

export type ReportJob = {
  result: Promise<ReportOutput>;
  /** Stops the build at once: its worker is terminated, whatever it was doing. */
  cancel(): void;
};

/**
 * One export in its own worker: a fresh one each time, so cancelling can simply terminate it and
 * the next export starts clean.
 */
export function startReportJob(
  sources: ReportSources,
  request: ReportRequest,
  context: ReportJobContext,
  onProgress: WorkerProgress,
): ReportJob {
  const worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
  const remote = wrap<ReportWorker>(worker);
  let stop: (reason: Error) => void = () => undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    stop = reject;
  });
  // A worker that cannot start (its script failed to load) says so only through this event.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    stop(new Error(event.message || 'The report worker could not start'));
  });
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    remote[releaseProxy]();
    worker.terminate();
  };
  const result = Promise.race([
    remote.build(sources, request, context, proxy(onProgress)),
    stopped,
  ]).finally(finish);
  return {
    result,
    cancel() {
      finish();
      stop(new ReportCancelled());
    },
  };
}
