import { useCallback } from 'react';
import { useWorkerJob, type JobState } from '../../components/useWorkerJob';
import { usePlatform } from '../../platform/usePlatform';
import type { StartReportJob } from './report-job';
import type { ExportRequest } from './report-request';

export type ExportDone = { status: 'saved'; location: string } | { status: 'notSaved' };
export type ExportState = JobState<ExportDone>;

const XLSX_FILTERS = [{ name: 'Excel', extensions: ['xlsx'] }];

/** Build the workbook in a worker, then let the clerk save it; cancellable while building. */
export function useReportExport(startJob: StartReportJob) {
  const platform = usePlatform();
  const job = useWorkerJob<ExportDone>();
  const { run: runJob } = job;

  const run = useCallback(
    (request: ExportRequest, fileName: string) =>
      runJob(async ({ track }) => {
        const bytes = await track(() => startJob(request));
        const saved = await platform.saveFile(fileName, bytes, XLSX_FILTERS);
        return saved.saved ? { status: 'saved', location: saved.location } : { status: 'notSaved' };
      }),
    [runJob, startJob, platform],
  );

  return { state: job.state, run, cancel: job.cancel };
}
