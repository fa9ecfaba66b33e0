import Alert, { type AlertColor } from '@mui/material/Alert';
import { JobProgress } from './JobProgress';
import type { JobState, JobStatus as BaseStatus } from './useWorkerJob';

export interface JobOutcome {
  severity: AlertColor;
  text: string;
}

export interface JobStatusProps<Done extends { status: string }> {
  state: JobState<Done>;
  onCancel: () => void;
  labels: { running: string; cancel: string; cancelled: string };
  testIds: { cancel: string; result: string };
  /** What the feature's own endings (`saved`, …) say. */
  outcome?: (state: Done) => JobOutcome;
}

const BASE_STATUSES: ReadonlySet<string> = new Set<BaseStatus['status']>(['idle', 'running', 'cancelled', 'failed']);

function isBase<Done extends { status: string }>(state: JobState<Done>): state is BaseStatus {
  return BASE_STATUSES.has(state.status);
}

function baseOutcome(state: BaseStatus, cancelled: string): JobOutcome | null {
  switch (state.status) {
    case 'cancelled':
      return { severity: 'info', text: cancelled };
    case 'failed':
      return { severity: 'error', text: state.message };
    default:
      return null;
  }
}

/** Progress with a way out while a job runs, then what became of it. */
export function JobStatus<Done extends { status: string } = never>({ state, onCancel, labels, testIds, outcome }: JobStatusProps<Done>) {
  if (state.status === 'running') {
    return <JobProgress label={labels.running} cancelLabel={labels.cancel} onCancel={onCancel} cancelTestId={testIds.cancel} />;
  }
  const shown = isBase(state) ? baseOutcome(state, labels.cancelled) : (outcome?.(state) ?? null);
  if (!shown) return null;
  return (
    <Alert severity={shown.severity} data-testid={testIds.result}>
      {shown.text}
    </Alert>
  );
}
