import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RunStatus as RunState } from './useBalanceRun';

export interface RunStatusProps {
  state: RunState;
  onCancel: () => void;
}

/** Progress with a way out while the solver runs, then a word if it did not finish. */
export function RunStatus({ state, onCancel }: RunStatusProps) {
  const { t } = useTranslation('balance');
  switch (state.status) {
    case 'running':
      return (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} role="status">
          <Stack sx={{ flexGrow: 1 }} spacing={0.5}>
            <Typography variant="body2">{t('running')}</Typography>
            <LinearProgress aria-label={t('running')} />
          </Stack>
          <Button onClick={onCancel} data-testid="balance-cancel">
            {t('cancel')}
          </Button>
        </Stack>
      );
    case 'cancelled':
      return (
        <Alert severity="info" data-testid="balance-run-result">
          {t('cancelled')}
        </Alert>
      );
    case 'failed':
      return (
        <Alert severity="error" data-testid="balance-run-result">
          {state.message}
        </Alert>
      );
    default:
      return null;
  }
}
