import { useCallback, useEffect, useRef, useState } from 'react';
import { useErrorText } from '../../components/useErrorText';
import { usePlatform } from '../../platform/usePlatform';
import { ReportCancelledError, type ReportJob, type StartReportJob } from './report-job';
import type { UncoveredReportRequest } from './report.worker';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'saved'; location: string }
  | { status: 'notSaved' }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

const XLSX_FILTERS = [{ name: 'Excel', extensions: ['xlsx'] }];

/** Build the workbook in a worker, then let the clerk save it; cancellable while building. */
export function useReportExport(startJob: StartReportJob) {
  const platform = usePlatform();
  const errorText = useErrorText();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const job = useRef<ReportJob | null>(null);

  // Leaving the page stops a report nobody will wait for.
  useEffect(() => () => job.current?.cancel(), []);

  const run = useCallback(
    async (request: UncoveredReportRequest, fileName: string) => {
      job.current?.cancel();
      const current = startJob(request);
      job.current = current;
      setState({ status: 'running' });
      try {
        const bytes = await current.result;
        if (job.current !== current) return;
        job.current = null;
        const saved = await platform.saveFile(fileName, bytes, XLSX_FILTERS);
        setState(saved.saved ? { status: 'saved', location: saved.location } : { status: 'notSaved' });
      } catch (error) {
        // A newer export replaced this one: its outcome is no longer the page's.
        if (job.current !== current) return;
        job.current = null;
        setState(error instanceof ReportCancelledError ? { status: 'cancelled' } : { status: 'failed', message: errorText(error) });
      }
    },
    [startJob, platform, errorText],
  );

  const cancel = useCallback(() => job.current?.cancel(), []);
  return { state, run, cancel };
}
