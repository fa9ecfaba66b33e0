import Box from '@mui/material/Box';
import CardActionArea from '@mui/material/CardActionArea';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import { rowsByDay, type MeetingRow } from './meeting-rows';
import { hostText, STATUS_PALETTE } from './meeting-labels';
import { daysOf, visibleRange } from './meeting-view';
import { StatusChip, WarningMark } from './MeetingBadges';
import { timeRange } from './warning-items';

export interface WeekViewProps {
  date: string;
  today: string;
  rows: readonly MeetingRow[];
  warningsOf: (meetingId: string) => string[];
  onOpen: (meetingId: string) => void;
}

/** Seven columns, Monday first; each meeting in time order with everything the notice says. */
export function WeekView({ date, today, rows, warningsOf, onOpen }: WeekViewProps) {
  const { t } = useTranslation('meetings');
  const { from, to } = visibleRange('week', date);
  const byDay = useMemo(() => rowsByDay(rows), [rows]);

  return (
    <Box
      component="section"
      aria-label={t('calendar.weekGrid', { from: formatIsoVi(from), to: formatIsoVi(to) })}
      data-testid="meeting-week"
      sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 1, alignItems: 'start' }}
    >
      {daysOf(from, to).map((day, index) => {
        const dayRows = byDay.get(day) ?? [];
        return (
          <Stack key={day} spacing={1} role="group" aria-label={`${t(`weekday.long.${index}`)}, ${formatIsoVi(day)}`} data-testid={`meeting-day-${day}`} sx={{ minWidth: 0 }}>
            <Box sx={{ p: 0.5, borderBottom: 2, borderColor: day === today ? 'primary.main' : 'divider' }}>
              <Typography variant="subtitle2" color={day === today ? 'primary' : undefined}>
                {t(`weekday.long.${index}`)}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {formatIsoVi(day)}
              </Typography>
            </Box>
            {dayRows.length === 0 && (
              <Typography variant="caption" color="text.disabled" sx={{ px: 0.5 }}>
                {t('calendar.empty')}
              </Typography>
            )}
            {dayRows.map((row) => (
              <WeekCard key={row.id} row={row} warnings={warningsOf(row.id)} onOpen={onOpen} />
            ))}
          </Stack>
        );
      })}
    </Box>
  );
}

function WeekCard({ row, warnings, onOpen }: { row: MeetingRow; warnings: string[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation('meetings');
  const { meeting } = row;
  const palette = STATUS_PALETTE[meeting.status];
  return (
    <Paper variant="outlined" sx={{ borderLeft: 4, borderLeftColor: palette === 'grey' ? 'grey.500' : `${palette}.main` }}>
      <CardActionArea onClick={() => onOpen(row.id)} sx={{ p: 1 }}>
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <Typography variant="subtitle2" sx={{ flex: 1 }}>
            {timeRange(meeting)}
          </Typography>
          <WarningMark details={warnings} />
        </Stack>
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {row.officialName}
        </Typography>
        <Typography variant="caption" component="div" color="text.secondary">
          {row.cellLabel}
        </Typography>
        {meeting.place && (
          <Typography variant="caption" component="div">
            {meeting.place}
          </Typography>
        )}
        <Typography variant="caption" component="div">
          {t(`type.${meeting.type}`)} · {hostText(t, meeting.host)}
        </Typography>
        <Box sx={{ mt: 0.5 }}>
          <StatusChip status={meeting.status} />
        </Box>
      </CardActionArea>
    </Paper>
  );
}
