import { JobCancelledError, startWorkerJob, type WorkerJob } from '../../components/worker-job';
import type { SolverResult } from '../../../shared/solver/types';
import type { BalanceRequest } from './balance-solve';
import type { BalanceWorkerApi } from './balance.worker';

/** How the page runs the solver; tests pass one that runs in-process. */
export type StartBalanceJob = (request: BalanceRequest) => WorkerJob<SolverResult>;

export class BalanceCancelledError extends JobCancelledError {
  constructor() {
    super('Balancing cancelled');
  }
}

/** One worker per run, terminated when it is done or cancelled. */
export const startWorkerBalanceJob: StartBalanceJob = (request) =>
  startWorkerJob<BalanceWorkerApi, SolverResult>(
    new Worker(new URL('./balance.worker.ts', import.meta.url), { type: 'module' }),
    (api) => api.solve(request),
    { name: 'Balance', cancelled: () => new BalanceCancelledError() },
  );
