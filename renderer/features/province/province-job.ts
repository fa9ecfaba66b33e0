import * as Comlink from 'comlink';
import { JobCancelledError, startWorkerJob, type WorkerJob } from '../../components/worker-job';
import { provinceWork, type ProvinceWork } from './province-work';

/** How the page runs a piece of work; tests pass one that runs in-process. */
export type StartProvinceJob = <T>(task: (work: ProvinceWork) => Promise<T>) => WorkerJob<T>;

export class ProvinceCancelledError extends JobCancelledError {
  constructor() {
    super('Province job cancelled');
  }
}

/** The same work on this thread, for tests: nothing to cancel midway. */
export const inProcessProvinceJob: StartProvinceJob = (task) => ({ result: task(provinceWork), cancel: () => undefined });

/**
 * One worker per job: terminating is the only way to stop exceljs midway. The lookup and the
 * progress callback go over as proxies; the files' bytes are handed over, not copied.
 */
export const startWorkerProvinceJob: StartProvinceJob = (task) =>
  startWorkerJob(
    new Worker(new URL('./province.worker.ts', import.meta.url), { type: 'module' }),
    (remote: Comlink.Remote<ProvinceWork>) =>
      task({
        readFiles: (files, lookup, onProgress) =>
          remote.readFiles(
            Comlink.transfer(
              files,
              files.map((f) => f.bytes.buffer as ArrayBuffer),
            ),
            Comlink.proxy(lookup),
            Comlink.proxy(onProgress),
          ),
        overview: (period, submissions) => remote.overview(period, submissions),
        summaryXlsx: (input) => remote.summaryXlsx(input),
        summaryDocs: (input) => remote.summaryDocs(input),
      }),
    { name: 'Province', cancelled: () => new ProvinceCancelledError() },
  );
