import { useTranslation } from 'react-i18next';
import { periodToParam } from '../../../shared/dashboard/location';
import { periodLabelVi } from '../../../shared/dashboard/period';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import type { DateParts } from '../../../shared/domain/labels-vi';
import type { DistrictData } from '../../../shared/domain/types';
import { ExportStatus } from './ExportStatus';
import { ReportCard } from './ReportCard';
import type { StartReportJob } from './report-job';
import type { PeriodReport } from './report-request';
import { useReportExport } from './useReportExport';

export interface PeriodReportCardProps {
  report: PeriodReport;
  /** Every table, or undefined while they load. */
  data: DistrictData | undefined;
  period: DashboardPeriod;
  date: DateParts;
  startJob: StartReportJob;
}

/** ASCII file names: the file travels by e-mail and USB stick between machines with other code pages. */
const FILE_STEM: Record<PeriodReport, string> = {
  plan: 'Danh-sach-tong-hop-dang-ky-du-sinh-hoat',
  coverageSummary: 'Bieu-tong-hop-du-sinh-hoat-chi-bo',
  gaps: 'Chi-bo-chua-co-nguoi-dang-ky-va-qua-tai',
  results: 'Bao-cao-ket-qua-du-sinh-hoat-chi-bo',
};

export function periodReportFileName(report: PeriodReport, period: DashboardPeriod): string {
  return `${FILE_STEM[report]}-${periodToParam(period)}.xlsx`;
}

/** One of the reports built for the period chosen at the top of the page. */
export function PeriodReportCard({ report, data, period, date, startJob }: PeriodReportCardProps) {
  const { t } = useTranslation('reports');
  const { state, run, cancel } = useReportExport(startJob);
  const exportXlsx = () => {
    if (!data) return;
    void run({ report, input: { ...data, period, date } }, periodReportFileName(report, period));
  };
  return (
    <ReportCard
      title={t(`period.${report}.title`)}
      description={t(`period.${report}.description`)}
      controls={null}
      count={periodLabelVi(period)}
      countTestId={`report-${report}-period`}
      exportButton={{ label: t('period.export'), onClick: exportXlsx, disabled: !data || state.status === 'running', testId: `export-${report}` }}
    >
      <ExportStatus state={state} onCancel={cancel} />
    </ReportCard>
  );
}
