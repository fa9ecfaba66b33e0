import * as Comlink from 'comlink';

export interface WorkerJob<T> {
  /** The worker's answer; rejects with a JobCancelledError after `cancel`. */
  result: Promise<T>;
  cancel: () => void;
}

/** What a cancelled job rejects with; each feature names its own subclass. */
export class JobCancelledError extends Error {
  constructor(message = 'Job cancelled') {
    super(message);
    this.name = new.target.name;
  }
}

export interface WorkerJobOptions {
  /** Names the worker in the error a crash or load failure rejects with. */
  name: string;
  cancelled: () => JobCancelledError;
}

/**
 * One worker per job, terminated when it is done or cancelled: terminating is the only way
 * to stop exceljs or the solver midway, and a fresh worker holds no memory from the last job.
 * The caller creates the worker, so Vite sees `new Worker(new URL(...))` and bundles it.
 */
export function startWorkerJob<Api, T>(
  worker: Worker,
  call: (remote: Comlink.Remote<Api>) => Promise<T>,
  { name, cancelled }: WorkerJobOptions,
): WorkerJob<T> {
  const remote = Comlink.wrap<Api>(worker);
  let stop: (error: Error) => void = () => undefined;
  // A terminated or crashed worker never answers, so cancellation and load errors race the call.
  const stopped = new Promise<never>((_resolve, reject) => {
    stop = reject;
  });
  worker.addEventListener('error', (event) => stop(new Error(event.message || `${name} worker failed`)));
  const result = Promise.race([call(remote), stopped]).finally(() => worker.terminate());
  return {
    result,
    cancel: () => {
      worker.terminate();
      stop(cancelled());
    },
  };
}
