import { useCallback, useState } from 'react';
import type { SolverResult } from '../../../shared/solver/types';
import { useWorkerJob, type JobStatus } from '../../components/useWorkerJob';
import { readBalanceInput } from '../../db/repositories/balance';
import { useDb } from '../../db/useDb';
import type { StartBalanceJob } from './balance-job';

/** The solver's answer with what it was asked, so the page never shows it for another year. */
export interface BalanceRun {
  /** Changes with every run, so a new answer starts with nothing selected. */
  id: number;
  year: number;
  allowOutsideArea: boolean;
  result: SolverResult;
}

export type RunStatus = JobStatus;

/** Reads one snapshot of the data and runs the solver on it in a worker; cancellable. */
export function useBalanceRun(startJob: StartBalanceJob) {
  const db = useDb();
  const [run, setRun] = useState<BalanceRun | null>(null);
  const job = useWorkerJob();
  const { run: runJob } = job;

  const start = useCallback(
    (year: number, allowOutsideArea: boolean) => {
      setRun(null);
      return runJob(async ({ id, track }) => {
        const { data, fixedRegistrationIds } = await readBalanceInput(db);
        const result = await track(() => startJob({ data, year, allowOutsideArea, fixedRegistrationIds }));
        setRun({ id, year, allowOutsideArea, result });
        return { status: 'idle' };
      });
    },
    [runJob, db, startJob],
  );

  return { status: job.state, run, start, cancel: job.cancel };
}
