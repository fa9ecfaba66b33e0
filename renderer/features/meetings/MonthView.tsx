import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Link from '@mui/material/Link';
import { alpha } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rowsByDay, type MeetingRow } from './meeting-rows';
import { dayTitle, STATUS_PALETTE } from './meeting-labels';
import { daysOf, visibleRange } from './meeting-view';
import { WarningMark } from './MeetingBadges';

export interface MonthViewProps {
  /** A day of the month shown. */
  date: string;
  today: string;
  /** The meetings of the visible weeks, sorted by day and time. */
  rows: readonly MeetingRow[];
  warningsOf: (meetingId: string) => string[];
  onOpen: (meetingId: string) => void;
  /** "+3 buổi nữa": see that day's week in full. */
  onShowWeek: (day: string) => void;
}

/** Meetings shown per day before "+n buổi nữa"; the week view shows them all. */
const PER_DAY = 4;
const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

/** A Monday-first month grid; each day lists its meetings (time, official, cell) coloured by status. */
export function MonthView({ date, today, rows, warningsOf, onOpen, onShowWeek }: MonthViewProps) {
  const { t } = useTranslation('meetings');
  const { from, to } = visibleRange('month', date);
  const month = date.slice(0, 7);
  const byDay = useMemo(() => rowsByDay(rows), [rows]);

  return (
    <Box
      component="section"
      aria-label={t('calendar.monthGrid', { month: Number(date.slice(5, 7)), year: date.slice(0, 4) })}
      data-testid="meeting-month"
      sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      {WEEKDAYS.map((d) => (
        <Typography key={d} variant="caption" sx={{ p: 0.5, fontWeight: 600, textAlign: 'center', bgcolor: 'action.hover' }}>
          {t(`weekday.short.${d}`)}
        </Typography>
      ))}
      {daysOf(from, to).map((day) => (
        <DayCell
          key={day}
          day={day}
          inMonth={day.startsWith(month)}
          isToday={day === today}
          rows={byDay.get(day) ?? []}
          warningsOf={warningsOf}
          onOpen={onOpen}
          onShowWeek={onShowWeek}
        />
      ))}
    </Box>
  );
}

type DayCellProps = Pick<MonthViewProps, 'warningsOf' | 'onOpen' | 'onShowWeek'> & {
  day: string;
  inMonth: boolean;
  isToday: boolean;
  rows: MeetingRow[];
};

function DayCell({ day, inMonth, isToday, rows, warningsOf, onOpen, onShowWeek }: DayCellProps) {
  const { t } = useTranslation('meetings');
  const hidden = rows.length - PER_DAY;
  return (
    <Box
      role="group"
      aria-label={dayTitle(t, day)}
      data-testid={`meeting-day-${day}`}
      sx={{
        minHeight: 104,
        p: 0.5,
        borderTop: 1,
        borderLeft: 1,
        borderColor: 'divider',
        bgcolor: inMonth ? 'background.paper' : 'action.hover',
        minWidth: 0,
      }}
    >
      <Typography
        variant="caption"
        component="div"
        sx={{ fontWeight: isToday ? 700 : 400, color: isToday ? 'primary.main' : inMonth ? 'text.primary' : 'text.disabled' }}
      >
        {Number(day.slice(8, 10))}
      </Typography>
      {rows.slice(0, PER_DAY).map((row) => (
        <MonthItem key={row.id} row={row} warnings={warningsOf(row.id)} onOpen={onOpen} />
      ))}
      {hidden > 0 && (
        <Link component="button" type="button" variant="caption" onClick={() => onShowWeek(day)}>
          {t('calendar.more', { n: hidden })}
        </Link>
      )}
    </Box>
  );
}

function MonthItem({ row, warnings, onOpen }: { row: MeetingRow; warnings: string[]; onOpen: (id: string) => void }) {
  const palette = STATUS_PALETTE[row.meeting.status];
  return (
    <ButtonBase
      onClick={() => onOpen(row.id)}
      title={`${row.meeting.startTime} ${row.officialName} — ${row.cellLabel}`}
      data-status={row.meeting.status}
      sx={{
        display: 'block',
        width: '100%',
        mt: 0.25,
        px: 0.5,
        borderRadius: 0.5,
        borderLeft: 3,
        borderColor: palette === 'grey' ? 'grey.500' : `${palette}.main`,
        bgcolor: (theme) => (palette === 'grey' ? theme.palette.grey[100] : alpha(theme.palette[palette].main, 0.12)),
        textAlign: 'left',
        textDecoration: row.meeting.status === 'not_attended' ? 'line-through' : 'none',
        '&:hover': { filter: 'brightness(0.95)' },
      }}
    >
      <Typography variant="caption" component="div" noWrap>
        <b>{row.meeting.startTime}</b> {row.officialShort} <WarningMark details={warnings} />
      </Typography>
      <Typography variant="caption" component="div" noWrap color="text.secondary">
        · {row.cellName}
      </Typography>
    </ButtonBase>
  );
}
