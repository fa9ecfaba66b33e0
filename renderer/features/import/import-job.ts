import * as Comlink from 'comlink';
import { DomainError } from '../../../shared/domain/errors';
import type { ImportWork, WorkResult } from './import-types';

export interface ImportJob<T> {
  /** Rejects with a DomainError the worker reported, or ImportCancelledError after `cancel`. */
  result: Promise<T>;
  cancel: () => void;
}

/** How the page runs a step of the import; tests pass one that runs in-process. */
export type StartImportJob = <T>(task: (work: ImportWork) => Promise<WorkResult<T>>) => ImportJob<T>;

export class ImportCancelledError extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'ImportCancelledError';
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
 * One worker per step, terminated when it is done or cancelled: terminating is the only
 * way to stop exceljs or the matcher midway. Callbacks (progress) go over as proxies and
 * the file's bytes are handed over, not copied.
 */
export const startWorkerImportJob: StartImportJob = (task) => {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const remote = Comlink.wrap<ImportWork>(worker);
  const work: ImportWork = {
    analyze: (request, onStage) => remote.analyze(Comlink.transfer(request, [request.bytes.buffer as ArrayBuffer]), Comlink.proxy(onStage)),
    plan: (request, onStage) => remote.plan(request, Comlink.proxy(onStage)),
    issuesWorkbook: (issues, fileName) => remote.issuesWorkbook(issues, fileName),
    template: (kind, options) => remote.template(kind, options),
  };
  let stop: (error: Error) => void = () => undefined;
  // A terminated or crashed worker never answers, so cancellation and load errors race the call.
  const stopped = new Promise<never>((_resolve, reject) => {
    stop = reject;
  });
  worker.addEventListener('error', (event) => stop(new Error(event.message || 'Import worker failed')));
  const result = Promise.race([task(work).then(unwrap), stopped]).finally(() => worker.terminate());
  return {
    result,
    cancel: () => {
      worker.terminate();
      stop(new ImportCancelledError());
    },
  };
};
