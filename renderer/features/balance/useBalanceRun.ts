import { useCallback, useEffect, useRef, useState } from 'react';
import type { SolverResult } from '../../../shared/solver/types';
import { useErrorText } from '../../components/useErrorText';
import { readDistrictData } from '../../db/repositories/balance';
import { useDb } from '../../db/useDb';
import { BalanceCancelledError, type BalanceJob, type StartBalanceJob } from './balance-job';

/** The solver's answer with what it was asked, so the page never shows it for another year. */
export interface BalanceRun {
  /** Changes with every run, so a new answer starts with nothing selected. */
  id: number;
  year: number;
  allowOutsideArea: boolean;
  result: SolverResult;
}

export type RunStatus =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** Reads one snapshot of the data and runs the solver on it in a worker; cancellable. */
export function useBalanceRun(startJob: StartBalanceJob) {
  const db = useDb();
  const errorText = useErrorText();
  const [status, setStatus] = useState<RunStatus>({ status: 'idle' });
  const [run, setRun] = useState<BalanceRun | null>(null);
  const job = useRef<BalanceJob | null>(null);
  // Each start or cancel takes a new number: an answer for an older number is dropped.
  const attempt = useRef(0);

  // Leaving the page stops a computation nobody will wait for.
  useEffect(() => () => job.current?.cancel(), []);

  const start = useCallback(
    async (year: number, allowOutsideArea: boolean) => {
      job.current?.cancel();
      const mine = ++attempt.current;
      setRun(null);
      setStatus({ status: 'running' });
      try {
        const data = await readDistrictData(db);
        if (attempt.current !== mine) return;
        const current = startJob({ data, year, allowOutsideArea });
        job.current = current;
        const result = await current.result;
        if (attempt.current !== mine) return;
        job.current = null;
        setRun({ id: mine, year, allowOutsideArea, result });
        setStatus({ status: 'idle' });
      } catch (error) {
        if (attempt.current !== mine) return;
        job.current = null;
        setStatus(error instanceof BalanceCancelledError ? { status: 'cancelled' } : { status: 'failed', message: errorText(error) });
      }
    },
    [db, startJob, errorText],
  );

  const cancel = useCallback(() => {
    attempt.current += 1;
    job.current?.cancel();
    job.current = null;
    setStatus({ status: 'cancelled' });
  }, []);

  return { status, run, start, cancel };
}
