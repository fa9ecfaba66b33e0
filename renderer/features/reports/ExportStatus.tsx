import { useTranslation } from 'react-i18next';
import { JobStatus } from '../../components/JobStatus';
import type { ExportDone, ExportState } from './useReportExport';

export interface ExportStatusProps {
  state: ExportState;
  onCancel: () => void;
  /** Each card on the page names its own. */
  testIds?: { cancel: string; result: string };
}

/** Progress with a way out while the workbook is built, then what became of the file. */
export function ExportStatus({ state, onCancel, testIds = { cancel: 'export-cancel', result: 'export-result' } }: ExportStatusProps) {
  const { t } = useTranslation('reports');
  return (
    <JobStatus<ExportDone>
      state={state}
      onCancel={onCancel}
      labels={{ running: t('job.running'), cancel: t('job.cancel'), cancelled: t('job.cancelled') }}
      testIds={testIds}
      outcome={(done) =>
        done.status === 'saved'
          ? { severity: 'success', text: t('job.saved', { location: done.location }) }
          : { severity: 'info', text: t('job.notSaved') }
      }
    />
  );
}
