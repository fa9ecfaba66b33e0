import { useTranslation } from 'react-i18next';
import { JobStatus } from '../../components/JobStatus';
import type { ExportDone, ExportState } from './useReportExport';

export interface ExportStatusProps {
  state: ExportState;
  onCancel: () => void;
}

/** Progress with a way out while the workbook is built, then what became of the file. */
export function ExportStatus({ state, onCancel }: ExportStatusProps) {
  const { t } = useTranslation('reports');
  return (
    <JobStatus<ExportDone>
      state={state}
      onCancel={onCancel}
      labels={{ running: t('uncovered.running'), cancel: t('uncovered.cancel'), cancelled: t('uncovered.cancelled') }}
      testIds={{ cancel: 'export-cancel', result: 'export-result' }}
      outcome={(done) =>
        done.status === 'saved'
          ? { severity: 'success', text: t('uncovered.saved', { location: done.location }) }
          : { severity: 'info', text: t('uncovered.notSaved') }
      }
    />
  );
}
