import * as Comlink from 'comlink';
import type { ReportWorkerApi, UncoveredReportRequest } from './report.worker';

export interface ReportJob {
  /** The workbook's bytes; rejects with ReportCancelledError after `cancel`. */
  result: Promise<Uint8Array>;
  cancel: () => void;
}

/** How the page starts a report; tests pass one that runs in-process. */
export type StartReportJob = (request: UncoveredReportRequest) => ReportJob;

export class ReportCancelledError extends Error {
  constructor() {
    super('Report cancelled');
    this.name = 'ReportCancelledError';
  }
}

/**
 * One worker per report, terminated when it is done or cancelled: terminating is the only
 * way to stop exceljs midway, and a fresh worker holds no memory from the last report.
 */
export const startWorkerReportJob: StartReportJob = (request) => {
  const worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<ReportWorkerApi>(worker);
  let stop: (error: Error) => void = () => undefined;
  // A terminated or crashed worker never answers, so cancellation and load errors race the call.
  const stopped = new Promise<never>((_resolve, reject) => {
    stop = reject;
  });
  worker.addEventListener('error', (event) => stop(new Error(event.message || 'Report worker failed')));
  const result = Promise.race([api.buildUncoveredCellsXlsx(request), stopped]).finally(() => worker.terminate());
  return {
    result,
    cancel: () => {
      worker.terminate();
      stop(new ReportCancelledError());
    },
  };
};
