import type { ReportDocument } from '../../../shared/report/layout';
import { JobCancelledError, startWorkerJob, type WorkerJob } from '../../components/worker-job';
import type { ExportRequest, ReportRequest } from './report-request';
import type { ReportWorkerApi } from './report.worker';

/** How the page starts a report (the workbook's bytes); tests pass one that runs in-process. */
export type StartReportJob = (request: ExportRequest) => WorkerJob<Uint8Array>;

/** How the page lays a report out for printing (its documents as data); tests pass one that runs in-process. */
export type StartReportDocsJob = (request: ReportRequest) => WorkerJob<ReportDocument[]>;

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

/** The documents without the workbook, for "In". */
export const startWorkerReportDocsJob: StartReportDocsJob = (request) =>
  startWorkerJob<ReportWorkerApi, ReportDocument[]>(
    new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' }),
    (api) => api.buildReportDocs(request),
    { name: 'Report', cancelled: () => new ReportCancelledError() },
  );
