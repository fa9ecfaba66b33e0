import PrintIcon from '@mui/icons-material/Print';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { periodToParam } from '../../../shared/dashboard/location';
import { periodLabelVi } from '../../../shared/dashboard/period';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import type { DateParts } from '../../../shared/domain/labels-vi';
import type { DistrictData } from '../../../shared/domain/types';
import type { ReportDocument } from '../../../shared/report/layout';
import { ExportStatus } from './ExportStatus';
import { ReportCard } from './ReportCard';
import type { StartReportDocsJob, StartReportJob } from './report-job';
import type { PeriodReport } from './report-request';
import { useReportExport } from './useReportExport';
import { useReportPrint } from './useReportPrint';

export interface PeriodReportCardProps {
  report: PeriodReport;
  /** Every table, or undefined while they load. */
  data: DistrictData | undefined;
  period: DashboardPeriod;
  date: DateParts;
  startJob: StartReportJob;
  startDocsJob: StartReportDocsJob;
  /** "In": the report's documents, laid out, for the page's print preview. */
  onPrint(documents: ReportDocument[]): void;
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
export function PeriodReportCard({ report, data, period, date, startJob, startDocsJob, onPrint }: PeriodReportCardProps) {
  const { t } = useTranslation('reports');
  const { state, run, cancel } = useReportExport(startJob);
  const printing = useReportPrint(startDocsJob, onPrint);
  const exportXlsx = () => {
    if (!data) return;
    void run({ report, input: { ...data, period, date } }, periodReportFileName(report, period));
  };
  const print = () => {
    if (!data) return;
    void printing.run({ report, input: { ...data, period, date } });
  };
  return (
    <ReportCard
      title={t(`period.${report}.title`)}
      description={t(`period.${report}.description`)}
      controls={null}
      count={periodLabelVi(period)}
      countTestId={`report-${report}-period`}
      exportButton={{ label: t('period.export'), onClick: exportXlsx, disabled: !data || state.status === 'running', testId: `export-${report}` }}
      actions={
        <Button variant="outlined" startIcon={<PrintIcon />} onClick={print} disabled={!data || printing.state.status === 'running'} data-testid={`print-${report}`}>
          {t('period.print')}
        </Button>
      }
    >
      <ExportStatus state={state} onCancel={cancel} />
      {printing.state.status === 'failed' && (
        <Alert severity="error" data-testid={`print-${report}-failed`}>
          {t('print.failed', { message: printing.state.message })}
        </Alert>
      )}
    </ReportCard>
  );
}
