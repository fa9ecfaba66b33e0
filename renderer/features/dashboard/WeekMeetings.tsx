import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../shared/domain/meetings';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import { hashForPage } from '../../app/pages';
import type { WeekMeeting } from './meetings-panel-data';

export interface WeekMeetingsProps {
  meetings: readonly WeekMeeting[];
}

const STATUS_COLOR: Record<MeetingStatus, 'default' | 'info' | 'success' | 'warning'> = {
  scheduled: 'info',
  postponed: 'warning',
  held: 'success',
  not_attended: 'default',
};

/** Each meeting links to it on the meetings page ("#/meetings?meeting=<id>"). */
export function WeekMeetings({ meetings }: WeekMeetingsProps) {
  const { t } = useTranslation('dashboard');
  if (meetings.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="dashboard-week-meetings">
        {t('meetings.weekEmpty')}
      </Typography>
    );
  }
  return (
    <List dense disablePadding data-testid="dashboard-week-meetings">
      {meetings.map(({ meeting, officialName, cellName, orgName }) => (
        <ListItemButton
          key={meeting.id}
          component="a"
          href={hashForPage('meetings', { meeting: meeting.id })}
          data-testid="dashboard-week-meeting"
          sx={{ gap: 1 }}
        >
          <ListItemText
            primary={t('meetings.meetingTime', {
              date: formatIsoVi(meeting.date),
              time: meeting.endTime ? `${meeting.startTime}–${meeting.endTime}` : meeting.startTime,
            })}
            secondary={`${t('meetings.meetingWho', { official: officialName, cell: cellName })}${orgName ? ` (${orgName})` : ''}`}
          />
          <Chip size="small" variant="outlined" color={STATUS_COLOR[meeting.status]} label={t(`meetings.status.${meeting.status}`)} />
        </ListItemButton>
      ))}
    </List>
  );
}
