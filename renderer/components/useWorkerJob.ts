import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { JobCancelledError, type WorkerJob } from './worker-job';
import { useErrorText } from './useErrorText';

export type JobStatus =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** A job's status, plus the ways a feature says it finished (`saved`, …). */
export type JobState<Done extends { status: string } = never> = JobStatus | Done;

export interface JobRun {
  /** Changes with every run and every cancel. */
  id: number;
  /** Starts the job unless this run was replaced, and resolves with its answer while the run is still the page's. */
  track: <T>(start: () => WorkerJob<T>) => Promise<T>;
}

/** Thrown out of a replaced run so nothing after it touches the page; never shown. */
const replaced = new Error('Replaced by a newer run');

/** `track` for one run: the job it starts becomes the page's until its answer arrives. */
function trackIn(job: RefObject<WorkerJob<unknown> | null>, open: RefObject<number | null>, isCurrent: () => boolean): JobRun['track'] {
  return async (start) => {
    if (!isCurrent()) throw replaced;
    const current = start();
    job.current = current;
    const result = await current.result;
    if (!isCurrent()) throw replaced;
    job.current = null;
    open.current = null;
    return result;
  };
}

/**
 * One job at a time for a page: a new run replaces the last, leaving the page stops it, and
 * `cancel` works until the job's answer arrives. A failure becomes a sentence for the clerk.
 */
export function useWorkerJob<Done extends { status: string } = never>() {
  const errorText = useErrorText();
  const [state, setState] = useState<JobState<Done>>({ status: 'idle' });
  const job = useRef<WorkerJob<unknown> | null>(null);
  // Each run or cancel takes a new number: an answer for an older number is dropped.
  const attempt = useRef(0);
  // The run `cancel` may still stop: null once its job has answered.
  const open = useRef<number | null>(null);

  // Leaving the page stops work nobody will wait for.
  useEffect(() => () => job.current?.cancel(), []);

  const run = useCallback(
    async (body: (started: JobRun) => Promise<JobState<Done>>) => {
      job.current?.cancel();
      job.current = null;
      const id = ++attempt.current;
      open.current = id;
      setState({ status: 'running' });
      let next: JobState<Done>;
      try {
        next = await body({ id, track: trackIn(job, open, () => attempt.current === id) });
      } catch (error) {
        next = error instanceof JobCancelledError ? { status: 'cancelled' } : { status: 'failed', message: errorText(error) };
      }
      // A newer run or a cancel replaced this one: its outcome is no longer the page's.
      if (attempt.current !== id) return;
      open.current = null;
      job.current = null;
      setState(next);
    },
    [errorText],
  );

  const cancel = useCallback(() => {
    if (open.current === null) return;
    open.current = null;
    attempt.current += 1;
    job.current?.cancel();
    job.current = null;
    setState({ status: 'cancelled' });
  }, []);

  return { state, run, cancel };
}
