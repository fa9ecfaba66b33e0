import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export interface JobProgressProps {
  /** What the job is doing, above the bar. */
  label: string;
  /** The bar's accessible name; the label when left out. */
  progressLabel?: string;
  /** Percent done; an indeterminate bar when left out. */
  value?: number;
  cancelLabel: string;
  onCancel: () => void;
  cancelTestId: string;
  cancelVariant?: 'text' | 'outlined';
  'data-testid'?: string;
  labelTestId?: string;
}

/** A running job's progress, with a way out. */
export function JobProgress({
  label,
  progressLabel = label,
  value,
  cancelLabel,
  onCancel,
  cancelTestId,
  cancelVariant,
  'data-testid': testId,
  labelTestId,
}: JobProgressProps) {
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} role="status" data-testid={testId}>
      <Stack sx={{ flexGrow: 1 }} spacing={0.5}>
        <Typography variant="body2" data-testid={labelTestId}>
          {label}
        </Typography>
        {value === undefined ? (
          <LinearProgress aria-label={progressLabel} />
        ) : (
          <LinearProgress variant="determinate" value={value} aria-label={progressLabel} />
        )}
      </Stack>
      <Button variant={cancelVariant} onClick={onCancel} data-testid={cancelTestId}>
        {cancelLabel}
      </Button>
    </Stack>
  );
}
