import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateVi, type DateParts } from '../../../shared/domain/labels-vi';
import type { Settings } from '../../../shared/domain/types';
import { isoFromParts, quarterOf, quarterRange } from '../../../shared/meetings/iso-date';
import { calendarMeetings } from '../../../shared/report/meeting-calendar-report';
import { formatCount } from '../../components/format';
import { useDb } from '../../db/useDb';
import { ReportCard } from './ReportCard';
import { ExportStatus } from './ExportStatus';
import type { StartReportJob } from './report-job';
import { useReportExport } from './useReportExport';

export interface MeetingCalendarCardProps {
  settings: Settings;
  startJob: StartReportJob;
  /** The report's date: today, taken once by the page; the period defaults to its quarter. */
  date: DateParts;
}

/** Kept ASCII, like every exported file name: "Lich-du-sinh-hoat-chi-bo-tu-01-07-2025-den-30-09-2025.xlsx". */
export function meetingCalendarFileName(from: string, to: string): string {
  const dmy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
  return `Lich-du-sinh-hoat-chi-bo-tu-${dmy(from)}-den-${dmy(to)}.xlsx`;
}

function currentQuarter(date: DateParts): { from: string; to: string } {
  return quarterRange(date.year, quarterOf(isoFromParts(date.year, date.month, date.day)));
}

interface DateFieldProps {
  label: string;
  value: string;
  onChange: (iso: string) => void;
  testId: string;
}

/** dd/mm/yyyy picker over an ISO value; an unfinished date keeps the last valid one. */
function DateField({ label, value, onChange, testId }: DateFieldProps) {
  return (
    <Box data-testid={testId}>
      <DatePicker
      label={label}
      value={dayjs(value)}
      format="DD/MM/YYYY"
      onChange={(v: Dayjs | null) => {
        if (v?.isValid()) onChange(v.format('YYYY-MM-DD'));
      }}
      slotProps={{ textField: { size: 'small', sx: { width: 170 } } }}
      />
    </Box>
  );
}

/** "Lịch dự sinh hoạt chi bộ": the period's meetings announced to the grassroots as Excel. */
export function MeetingCalendarCard({ settings, startJob, date }: MeetingCalendarCardProps) {
  const { t } = useTranslation('reports');
  const db = useDb();
  const [period, setPeriod] = useState(() => currentQuarter(date));
  const { from, to } = period;
  const valid = from <= to;
  const meetings = useLiveQuery(() => (valid ? db.meetings.where('date').between(from, to, true, true).toArray() : []), [db, from, to, valid]);
  const registrations = useLiveQuery(() => db.registrations.toArray(), [db]);
  const officials = useLiveQuery(() => db.officials.toArray(), [db]);
  const cells = useLiveQuery(() => db.cells.toArray(), [db]);
  const orgs = useLiveQuery(() => db.orgs.toArray(), [db]);
  const { state, run, cancel } = useReportExport(startJob);

  // The same selection as the workbook: the builder uses this function too.
  const count = useMemo(() => (meetings ? calendarMeetings(meetings, from, to).length : undefined), [meetings, from, to]);
  const ready = meetings && registrations && officials && cells && orgs;

  const exportXlsx = () => {
    if (!meetings || !registrations || !officials || !cells || !orgs) return;
    const input = { settings, meetings, registrations, officials, cells, orgs, from, to, date };
    void run({ report: 'meetingCalendar', input }, meetingCalendarFileName(from, to));
  };

  return (
    <ReportCard
      title={t('calendar.title')}
      description={t('calendar.description')}
      controls={
        <>
          <DateField label={t('calendar.from')} value={from} onChange={(v) => setPeriod((p) => ({ ...p, from: v }))} testId="calendar-from" />
          <DateField label={t('calendar.to')} value={to} onChange={(v) => setPeriod((p) => ({ ...p, to: v }))} testId="calendar-to" />
          <Typography data-testid="calendar-date">{t('uncovered.date', { date: formatDateVi(date) })}</Typography>
        </>
      }
      count={valid && count !== undefined && t('calendar.count', { value: formatCount(count) })}
      countTestId="calendar-count"
      exportButton={{
        label: t('calendar.export'),
        onClick: exportXlsx,
        disabled: !ready || !valid || count === 0 || state.status === 'running',
        testId: 'export-calendar',
      }}
    >
      <ExportStatus state={state} onCancel={cancel} testIds={{ cancel: 'calendar-export-cancel', result: 'calendar-export-result' }} />
      {!valid && <Alert severity="warning">{t('calendar.invalidPeriod')}</Alert>}
      {valid && count === 0 && <Alert severity="info">{t('calendar.empty')}</Alert>}
    </ReportCard>
  );
}
