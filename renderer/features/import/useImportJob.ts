import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportJob, StartImportJob } from './import-job';
import type { ImportStage, ImportWork, StageListener, WorkResult } from './import-types';

export interface ImportJobState {
  running: boolean;
  /** The stage the worker last reported; null before the first report. */
  stage: ImportStage | null;
}

/** Runs one import step at a time in a job (a worker in the app), with its stage and a way to stop it. */
export function useImportJob(startJob: StartImportJob) {
  const [state, setState] = useState<ImportJobState>({ running: false, stage: null });
  const current = useRef<ImportJob<unknown> | null>(null);

  // Leaving the page stops work nobody will wait for.
  useEffect(() => () => current.current?.cancel(), []);

  const run = useCallback(
    async <T>(task: (work: ImportWork, onStage: StageListener) => Promise<WorkResult<T>>): Promise<T> => {
      current.current?.cancel();
      setState({ running: true, stage: null });
      const onStage: StageListener = (stage) => setState((s) => (s.running ? { running: true, stage } : s));
      const job = startJob((work) => task(work, onStage));
      current.current = job;
      try {
        return await job.result;
      } finally {
        if (current.current === job) {
          current.current = null;
          setState({ running: false, stage: null });
        }
      }
    },
    [startJob],
  );

  const cancel = useCallback(() => current.current?.cancel(), []);
  return { ...state, run, cancel };
}
