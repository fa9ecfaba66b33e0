import * as Comlink from 'comlink';
import type { SolverResult } from '../../../shared/solver/types';
import type { BalanceRequest } from './balance-solve';
import type { BalanceWorkerApi } from './balance.worker';

export interface BalanceJob {
  /** The solver's answer; rejects with BalanceCancelledError after `cancel`. */
  result: Promise<SolverResult>;
  cancel: () => void;
}

/** How the page runs the solver; tests pass one that runs in-process. */
export type StartBalanceJob = (request: BalanceRequest) => BalanceJob;

export class BalanceCancelledError extends Error {
  constructor() {
    super('Balancing cancelled');
    this.name = 'BalanceCancelledError';
  }
}

/** One worker per run, terminated when it is done or cancelled (see report-job.ts). */
export const startWorkerBalanceJob: StartBalanceJob = (request) => {
  const worker = new Worker(new URL('./balance.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<BalanceWorkerApi>(worker);
  let stop: (error: Error) => void = () => undefined;
  // A terminated or crashed worker never answers, so cancellation and load errors race the call.
  const stopped = new Promise<never>((_resolve, reject) => {
    stop = reject;
  });
  worker.addEventListener('error', (event) => stop(new Error(event.message || 'Balance worker failed')));
  const result = Promise.race([api.solve(request), stopped]).finally(() => worker.terminate());
  return {
    result,
    cancel: () => {
      worker.terminate();
      stop(new BalanceCancelledError());
    },
  };
};
