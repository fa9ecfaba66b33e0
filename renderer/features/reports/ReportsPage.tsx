import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateParts } from '../../../shared/domain/labels-vi';
import { SettingsGate } from '../../components/SettingsGate';
import { MeetingCalendarCard } from './MeetingCalendarCard';
import { startWorkerReportJob, type StartReportJob } from './report-job';
import { UncoveredCellsCard } from './UncoveredCellsCard';

export interface ReportsPageProps {
  /** Tests build the workbook in-process; the app uses a Web Worker. */
  startJob?: StartReportJob;
}

function today(): DateParts {
  const now = new Date();
  return { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() };
}

/** "Báo cáo": the reports a district sends up, each built and saved as Excel. */
export function ReportsPage({ startJob = startWorkerReportJob }: ReportsPageProps) {
  const { t } = useTranslation('reports');
  const [date] = useState(today);
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t('title')}
      </Typography>
      <SettingsGate>
        {(settings) => (
          <>
            <UncoveredCellsCard settings={settings} startJob={startJob} date={date} />
            <MeetingCalendarCard settings={settings} startJob={startJob} date={date} />
          </>
        )}
      </SettingsGate>
    </Stack>
  );
}

export default ReportsPage;
