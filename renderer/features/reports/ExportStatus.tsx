import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ExportState } from './useReportExport';

export interface ExportStatusProps {
  state: ExportState;
  onCancel: () => void;
}

/** Progress with a way out while the workbook is built, then what became of the file. */
export function ExportStatus({ state, onCancel }: ExportStatusProps) {
  const { t } = useTranslation('reports');
  switch (state.status) {
    case 'running':
      return (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} role="status">
          <Stack sx={{ flexGrow: 1 }} spacing={0.5}>
            <Typography variant="body2">{t('uncovered.running')}</Typography>
            <LinearProgress aria-label={t('uncovered.running')} />
          </Stack>
          <Button onClick={onCancel} data-testid="export-cancel">
            {t('uncovered.cancel')}
          </Button>
        </Stack>
      );
    case 'saved':
      return (
        <Alert severity="success" data-testid="export-result">
          {t('uncovered.saved', { location: state.location })}
        </Alert>
      );
    case 'notSaved':
      return (
        <Alert severity="info" data-testid="export-result">
          {t('uncovered.notSaved')}
        </Alert>
      );
    case 'cancelled':
      return (
        <Alert severity="info" data-testid="export-result">
          {t('uncovered.cancelled')}
        </Alert>
      );
    case 'failed':
      return (
        <Alert severity="error" data-testid="export-result">
          {state.message}
        </Alert>
      );
    default:
      return null;
  }
}
