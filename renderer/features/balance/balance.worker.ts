/**
 * Runs the balancing solver off the UI thread: at province scale the flow takes long
 * enough to freeze the page, and terminating the worker is the only way to stop it midway.
 */
import * as Comlink from 'comlink';
import type { SolverResult } from '../../../shared/solver/types';
import { solveBalance, type BalanceRequest } from './balance-solve';

const api = {
  async solve(request: BalanceRequest): Promise<SolverResult> {
    return solveBalance(request);
  },
};

export type BalanceWorkerApi = typeof api;

Comlink.expose(api);
