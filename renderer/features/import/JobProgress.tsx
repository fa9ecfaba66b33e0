import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { IMPORT_STAGES, type ImportStage } from './import-types';

export interface JobProgressProps {
  stage: ImportStage | null;
  onCancel: () => void;
}

/** The stage the worker is at, how far along the import that is, and a way out. */
export function JobProgress({ stage, onCancel }: JobProgressProps) {
  const { t } = useTranslation('import');
  const label = stage ? t(`stages.${stage}`) : t('stages.working');
  const done = stage ? IMPORT_STAGES.indexOf(stage) : -1;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} role="status" data-testid="import-progress">
      <Stack sx={{ flexGrow: 1 }} spacing={0.5}>
        <Typography variant="body2" data-testid="import-stage">
          {label}
        </Typography>
        {stage ? (
          <LinearProgress variant="determinate" value={((done + 1) / (IMPORT_STAGES.length + 1)) * 100} aria-label={t('progressLabel')} />
        ) : (
          <LinearProgress aria-label={t('progressLabel')} />
        )}
      </Stack>
      <Button variant="outlined" onClick={onCancel} data-testid="import-cancel">
        {t('cancel')}
      </Button>
    </Stack>
  );
}
