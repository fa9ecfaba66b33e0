import { useTranslation } from 'react-i18next';
import { JobProgress as Progress } from '../../components/JobProgress';
import { IMPORT_STAGES, type ImportStage } from './import-types';

export interface JobProgressProps {
  stage: ImportStage | null;
  onCancel: () => void;
}

/** The stage the worker is at, how far along the import that is, and a way out. */
export function JobProgress({ stage, onCancel }: JobProgressProps) {
  const { t } = useTranslation('import');
  return (
    <Progress
      label={stage ? t(`stages.${stage}`) : t('stages.working')}
      progressLabel={t('progressLabel')}
      value={stage ? ((IMPORT_STAGES.indexOf(stage) + 1) / (IMPORT_STAGES.length + 1)) * 100 : undefined}
      cancelLabel={t('cancel')}
      onCancel={onCancel}
      cancelTestId="import-cancel"
      cancelVariant="outlined"
      data-testid="import-progress"
      labelTestId="import-stage"
    />
  );
}
