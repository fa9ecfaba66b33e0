import { JobCancelledError, startWorkerJob, type WorkerJob } from '../../components/worker-job';
import type { ReportRequest } from './report-request';
import type { ReportWorkerApi } from './report.worker';

/** How the page starts a report (the workbook's bytes); tests pass one that runs in-process. */
export type StartReportJob = (request: ReportRequest) => WorkerJob<Uint8Array>;

export class ReportCancelledError extends JobCancelledError {
  constructor() {
    super('Report cancelled');
  }
}

/** One worker per report; a fresh worker holds no memory from the last report. */
export const startWorkerReportJob: StartReportJob = (request) =>
  startWorkerJob<ReportWorkerApi, Uint8Array>(
    new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' }),
    (api) => api.buildReportXlsx(request),
    { name: 'Report', cancelled: () => new ReportCancelledError() },
  );
