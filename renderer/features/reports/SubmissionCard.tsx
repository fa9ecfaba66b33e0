import { useTranslation } from 'react-i18next';
import { periodToParam } from '../../../shared/dashboard/location';
import { periodLabelVi } from '../../../shared/dashboard/period';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import type { DateParts } from '../../../shared/domain/labels-vi';
import type { DistrictData } from '../../../shared/domain/types';
import { isoFromParts } from '../../../shared/meetings/iso-date';
import { ExportStatus } from './ExportStatus';
import { ReportCard } from './ReportCard';
import type { StartReportJob } from './report-job';
import { useReportExport } from './useReportExport';

export interface SubmissionCardProps {
  data: DistrictData | undefined;
  period: DashboardPeriod;
  date: DateParts;
  startJob: StartReportJob;
}

/** ASCII, like the other reports' names; the period keeps two districts' files for different periods apart. */
export function submissionFileName(period: DashboardPeriod): string {
  return `Gui-tinh-${periodToParam(period)}.xlsx`;
}

/**
 * "Gửi tỉnh": one workbook a person reads (the summary and the plan) and the province's app
 * imports (the data sheet with its SHA-256), for the period chosen above.
 */
export function SubmissionCard({ data, period, date, startJob }: SubmissionCardProps) {
  const { t } = useTranslation('reports');
  const { state, run, cancel } = useReportExport(startJob);
  const exportXlsx = () => {
    if (!data) return;
    const input = { data, period, date: isoFromParts(date.year, date.month, date.day), generatedAt: new Date().toISOString() };
    void run({ report: 'submission', input }, submissionFileName(period));
  };
  return (
    <ReportCard
      title={t('submission.title')}
      description={t('submission.description')}
      controls={null}
      count={periodLabelVi(period)}
      countTestId="report-submission-period"
      exportButton={{ label: t('submission.export'), onClick: exportXlsx, disabled: !data || state.status === 'running', testId: 'export-submission' }}
    >
      <ExportStatus state={state} onCancel={cancel} />
    </ReportCard>
  );
}
