import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportRequest } from '../../../shared/reports/report-request';
import { useCamSession } from '../../app/CamContext';
import { platform } from '../../platform';
import type { ExportStage, ReportOutput } from './report-output';
import { ReportCancelled, startReportJob, type ReportJob } from './report-job';
import { readReportSources } from './read-report-sources';

export type ExportState =
  | { state: 'idle' }
  | { state: 'exporting'; done: number; stage: ExportStage }
  | { state: 'saved'; name: string; printed: boolean }
  | { state: 'not-saved' }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

function save(output: ReportOutput): Promise<{ saved: boolean }> {
  if (output.kind === 'pdf') {
    const { name, html, headerTemplate, footerTemplate } = output;
    return platform.savePdf({ suggestedName: name, html, headerTemplate, footerTemplate });
  }
  return platform.saveFile({
    suggestedName: output.name,
    mediaType: output.mediaType,
    bytes: output.bytes,
  });
}

/**
 * Runs one export at a time: reads the local data, builds and writes the report in a worker,
 * then saves it through the platform. Cancel stops it wherever it is; leaving the page does too.
 */
export function useReportExport(): {
  status: ExportState;
  start: (request: ReportRequest) => void;
  cancel: () => void;
} {
  const { database, identity } = useCamSession();
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  // The running export: its job once the worker runs, and whether it was cancelled before that.
  const running = useRef<{ job: ReportJob | null; cancelled: boolean } | null>(null);

  const cancel = useCallback(() => {
    const current = running.current;
    if (!current) return;
    current.cancelled = true;
    current.job?.cancel();
    running.current = null;
    setStatus({ state: 'cancelled' });
  }, []);

  useEffect(
    () => () => {
      running.current?.job?.cancel();
      running.current = null;
    },
    [],
  );

  const start = useCallback(
    (request: ReportRequest) => {
      if (running.current) return;
      const current: { job: ReportJob | null; cancelled: boolean } = {
        job: null,
        cancelled: false,
      };
      running.current = current;
      const isCurrent = () => running.current === current && !current.cancelled;
      setStatus({ state: 'exporting', done: 0, stage: 'reading' });
      void (async () => {
        try {
          const sources = await readReportSources(database);
          if (!isCurrent()) return;
          setStatus({ state: 'exporting', done: 0.05, stage: 'building' });
          current.job = startReportJob(
            sources,
            request,
            { today: new Date().toISOString().slice(0, 10), generatedBy: identity.name },
            (done, stage) => {
              if (isCurrent()) setStatus({ state: 'exporting', done: 0.05 + done * 0.9, stage });
            },
          );
          const output = await current.job.result;
          if (!isCurrent()) return;
          setStatus({ state: 'exporting', done: 0.95, stage: 'saving' });
          const { saved } = await save(output);
          if (!isCurrent()) return;
          setStatus(
            saved
              ? {
                  state: 'saved',
                  name: output.name,
                  printed: platform.kind === 'web' && output.kind === 'pdf',
                }
              : { state: 'not-saved' },
          );
        } catch (error) {
          if (error instanceof ReportCancelled || !isCurrent()) return;
          setStatus({
            state: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
        } finally {
          if (running.current === current) running.current = null;
        }
      })();
    },
    [database, identity.name],
  );

  return { status, start, cancel };
}
