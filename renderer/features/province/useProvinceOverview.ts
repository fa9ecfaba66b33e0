import { useEffect, useState } from 'react';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import type { ProvinceOverview } from '../../../shared/submission/province-overview';
import { useErrorText } from '../../components/useErrorText';
import type { SubmissionRow } from '../../db/submission-types';
import type { StartProvinceJob } from './province-job';

interface Answer {
  rows: readonly SubmissionRow[];
  overview?: ProvinceOverview;
  error?: string;
}

export interface OverviewState {
  /** The latest answer; while a newer one is counted the page keeps showing it. */
  overview: ProvinceOverview | undefined;
  pending: boolean;
  error: string | undefined;
}

/** Every district's figures for the period, counted in a worker each time the stored rows change. */
export function useProvinceOverview(startJob: StartProvinceJob, period: DashboardPeriod | undefined, rows: readonly SubmissionRow[] | undefined): OverviewState {
  const errorText = useErrorText();
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (!period || !rows) return;
    const job = startJob((work) => work.overview(period, rows.map((row) => row.submission)));
    let current = true;
    job.result.then(
      (overview) => {
        if (current) setAnswer({ rows, overview });
      },
      (error: unknown) => {
        if (current) setAnswer({ rows, error: errorText(error) });
      },
    );
    // A newer period or import replaces this count: stop it.
    return () => {
      current = false;
      job.cancel();
    };
  }, [startJob, period, rows, errorText]);

  return { overview: answer?.overview, pending: !!rows && answer?.rows !== rows, error: answer?.error };
}
