import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/meetings';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import type { MeetingRow } from './meeting-rows';
import { hostText, weekdayIndex } from './meeting-labels';
import { timeRange } from './warning-items';

/** Label and value pairs in two columns, as a printed notice reads. */
function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
      {items.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-line' }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** What the grassroots notice says. */
export function NoticeFacts({ row }: { row: MeetingRow }) {
  const { t } = useTranslation('meetings');
  const { meeting } = row;
  const official = row.position ? `${row.officialName} (${row.position})` : row.officialName;
  const items: [string, ReactNode][] = [
    [t('detail.official'), official],
    [t('detail.cell'), row.cellLabel],
    [
      t('detail.time'),
      t('detail.timeValue', { weekday: t(`weekday.long.${weekdayIndex(meeting.date)}`), date: formatIsoVi(meeting.date), time: timeRange(meeting) }),
    ],
    [t('detail.place'), meeting.place || '—'],
    [t('detail.type'), t(`type.${meeting.type}`)],
    [t('detail.agenda'), meeting.agenda || '—'],
    [t('detail.host'), hostText(t, meeting.host)],
    [t('detail.noticeDate'), formatIsoVi(meeting.noticeDate)],
  ];
  return <Facts items={items} />;
}

/** What came of the meeting, and every postponement on the way. */
export function ResultFacts({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const items: [string, ReactNode][] = [];
  if (meeting.status === 'held') {
    items.push(
      [t('detail.hostAttended'), meeting.hostAttended ? t(`hostRole.${meeting.hostAttended}`) : t('detail.none')],
      [t('detail.membersPresent'), meeting.membersPresent ?? '—'],
      [t('detail.attendees'), meeting.attendees || '—'],
    );
  }
  if (meeting.status === 'not_attended') items.push([t('detail.absenceReason'), meeting.absenceReason]);
  if ((meeting.status === 'held' || meeting.status === 'not_attended') && meeting.notes) items.push([t('detail.notes'), meeting.notes]);
  if (meeting.postponements.length > 0) {
    items.push([
      t('detail.postponements'),
      meeting.postponements
        .map((p) =>
          t('detail.postponement', { date: formatIsoVi(p.fromDate), time: p.fromTime, recorded: formatIsoVi(p.recordedOn), reason: p.reason }),
        )
        .join('\n'),
    ]);
  }
  if (items.length === 0 && meeting.status !== 'held' && meeting.status !== 'not_attended') {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('detail.noResult')}
      </Typography>
    );
  }
  return <Facts items={items} />;
}
