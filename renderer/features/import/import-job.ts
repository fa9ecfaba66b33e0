import * as Comlink from 'comlink';
import { DomainError } from '../../../shared/domain/errors';
import { JobCancelledError, startWorkerJob, type WorkerJob } from '../../components/worker-job';
import type { ImportWork, WorkResult } from './import-types';

/** Rejects with a DomainError the worker reported, or ImportCancelledError after `cancel`. */
export type ImportJob<T> = WorkerJob<T>;

/** How the page runs a step of the import; tests pass one that runs in-process. */
export type StartImportJob = <T>(task: (work: ImportWork) => Promise<WorkResult<T>>) => ImportJob<T>;

export class ImportCancelledError extends JobCancelledError {
  constructor() {
    super('Import cancelled');
  }
}

export function unwrap<T>(result: WorkResult<T>): T {
  if (result.ok) return result.value;
  throw new DomainError(result.error.code, result.error.params);
}

/** The in-process runner, for tests: the same work, no worker, nothing to cancel midway. */
export function inProcessImportJob(work: ImportWork): StartImportJob {
  return (task) => ({ result: task(work).then(unwrap), cancel: () => undefined });
}

/**
 * One worker per step: terminating is the only way to stop exceljs or the matcher midway.
 * Callbacks (progress) go over as proxies and the file's bytes are handed over, not copied.
 */
export const startWorkerImportJob: StartImportJob = (task) =>
  startWorkerJob(
    new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
    (remote: Comlink.Remote<ImportWork>) =>
      task({
        analyze: (request, onStage) => remote.analyze(Comlink.transfer(request, [request.bytes.buffer as ArrayBuffer]), Comlink.proxy(onStage)),
        plan: (request, onStage) => remote.plan(request, Comlink.proxy(onStage)),
        issuesWorkbook: (issues, fileName) => remote.issuesWorkbook(issues, fileName),
        template: (kind, options) => remote.template(kind, options),
      }).then(unwrap),
    { name: 'Import', cancelled: () => new ImportCancelledError() },
  );
