import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardPeriod } from '../../../shared/dashboard/types';
import { formatDateVi, type DateParts } from '../../../shared/domain/labels-vi';
import type { DistrictData, Settings } from '../../../shared/domain/types';
import type { ReportDocument } from '../../../shared/report/layout';
import { PeriodSelect } from '../../components/PeriodSelect';
import { SettingsGate } from '../../components/SettingsGate';
import { useDashboardInput } from '../dashboard/data/useDashboardInput';
import { MeetingCalendarCard } from './MeetingCalendarCard';
import { PeriodReportCard } from './PeriodReportCard';
import { SubmissionCard } from './SubmissionCard';
import { WithPrintPreview } from './print/WithPrintPreview';
import { startWorkerReportDocsJob, startWorkerReportJob, type StartReportDocsJob, type StartReportJob } from './report-job';
import { PERIOD_REPORTS } from './report-request';
import { UncoveredCellsCard } from './UncoveredCellsCard';

export interface ReportsPageProps {
  /** Tests build the workbook in-process; the app uses a Web Worker. */
  startJob?: StartReportJob;
  /** The same for the documents "In" prints. */
  startDocsJob?: StartReportDocsJob;
}

function today(): DateParts {
  const now = new Date();
  return { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() };
}

/** "Báo cáo": the reports a district sends up, each built and saved as Excel or printed. */
export function ReportsPage({ startJob = startWorkerReportJob, startDocsJob = startWorkerReportDocsJob }: ReportsPageProps) {
  const { t } = useTranslation('reports');
  const [date] = useState(today);
  return (
    <WithPrintPreview>
      {(print) => (
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">
            {t('title')}
          </Typography>
          <SettingsGate>
            {(settings) => (
              <>
                <PeriodReports settings={settings} startJob={startJob} startDocsJob={startDocsJob} onPrint={print} date={date} />
                <UncoveredCellsCard settings={settings} startJob={startJob} date={date} />
                <MeetingCalendarCard settings={settings} startJob={startJob} date={date} />
              </>
            )}
          </SettingsGate>
        </Stack>
      )}
    </WithPrintPreview>
  );
}

interface PeriodReportsProps {
  settings: Settings;
  startJob: StartReportJob;
  startDocsJob: StartReportDocsJob;
  onPrint(documents: ReportDocument[]): void;
  date: DateParts;
}

/** One period for the reports sent up together: chosen once, above them. */
function PeriodReports({ settings, startJob, startDocsJob, onPrint, date }: PeriodReportsProps) {
  const { t } = useTranslation('reports');
  const [period, setPeriod] = useState<DashboardPeriod>({ kind: 'year', year: settings.currentYear });
  const tables = useDashboardInput(settings);
  const data = useMemo<DistrictData | undefined>(() => {
    if (!tables) return undefined;
    const { orgs, cells, officials, registrations, meetings, recommendations } = tables;
    return { settings, orgs, cells, officials, registrations, meetings, recommendations };
  }, [tables, settings]);
  return (
    <>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            {t('period.label')}
          </Typography>
          <PeriodSelect settings={settings} period={period} onChange={setPeriod} yearLabel={t('period.year')} testIdPrefix="report-period" />
          <Typography data-testid="report-period-date">{t('period.date', { date: formatDateVi(date) })}</Typography>
        </Stack>
      </Paper>
      {PERIOD_REPORTS.map((report) => (
        <PeriodReportCard
          key={report}
          report={report}
          data={data}
          period={period}
          date={date}
          startJob={startJob}
          startDocsJob={startDocsJob}
          onPrint={onPrint}
        />
      ))}
      <SubmissionCard data={data} period={period} date={date} startJob={startJob} />
    </>
  );
}

export default ReportsPage;
