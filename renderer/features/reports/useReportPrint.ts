import { useCallback } from 'react';
import type { ReportDocument } from '../../../shared/report/layout';
import { useWorkerJob } from '../../components/useWorkerJob';
import type { StartReportDocsJob } from './report-job';
import type { ReportRequest } from './report-request';

/** Lay the report out in a worker, then hand its documents to the page's print preview. */
export function useReportPrint(startDocsJob: StartReportDocsJob, onDocuments: (documents: ReportDocument[]) => void) {
  const job = useWorkerJob<{ status: 'shown' }>();
  const { run: runJob } = job;

  const run = useCallback(
    (request: ReportRequest) =>
      runJob(async ({ track }) => {
        onDocuments(await track(() => startDocsJob(request)));
        return { status: 'shown' };
      }),
    [runJob, startDocsJob, onDocuments],
  );

  return { state: job.state, run };
}
