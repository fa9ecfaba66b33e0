import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { JobProgress } from '../../components/JobProgress';
import type { JobState } from '../../components/useWorkerJob';
import { ImportResults } from './ImportResults';
import type { ImportDone } from './useProvinceImport';

export interface ImportStatusProps {
  state: JobState<ImportDone>;
  progress: { done: number; total: number };
  onCancel(): void;
  onDismiss(): void;
}

/** Reading with progress and "Hủy", then each file's result; a failure says nothing was imported. */
export function ImportStatus({ state, progress, onCancel, onDismiss }: ImportStatusProps) {
  const { t } = useTranslation('province');
  switch (state.status) {
    case 'running':
      return (
        <JobProgress
          label={t('import.reading', { done: progress.done, total: progress.total })}
          progressLabel={t('import.progressLabel')}
          value={progress.total > 0 ? (progress.done / progress.total) * 100 : undefined}
          cancelLabel={t('import.cancel')}
          onCancel={onCancel}
          cancelTestId="province-import-cancel"
          data-testid="province-import-progress"
        />
      );
    case 'cancelled':
      return <Alert severity="info" data-testid="province-import-cancelled">{t('import.cancelled')}</Alert>;
    case 'failed':
      return <Alert severity="error" data-testid="province-import-failed">{t('import.failed', { message: state.message })}</Alert>;
    case 'done':
      return <ImportResults results={state.results} onDismiss={onDismiss} />;
    default:
      return null;
  }
}
