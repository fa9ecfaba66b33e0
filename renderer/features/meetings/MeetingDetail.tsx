import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/meetings';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import { useConfirmDelete } from '../../components/useConfirmDelete';
import { useErrorText } from '../../components/useErrorText';
import { clearMeetingResult, deleteMeeting, meetingDeleteImpact } from '../../db/repositories/meetings';
import { useDb } from '../../db/useDb';
import { MeetingRecommendations } from '../recommendations/MeetingRecommendations';
import { ConfirmHostButton } from './ConfirmHostButton';
import type { MeetingRow } from './meeting-rows';
import { StatusChip } from './MeetingBadges';
import { NoticeFacts, ResultFacts } from './MeetingFacts';
import { ResultDialog, type ResultKind } from './ResultDialog';

export interface MeetingDetailProps {
  row: MeetingRow;
  /** What the checks say about this meeting, as sentences. */
  warnings: string[];
  today: string;
  onEdit: (meeting: Meeting) => void;
  onClose: () => void;
}

const isAhead = (m: Meeting) => m.status === 'scheduled' || m.status === 'postponed';

/** One meeting: the notice, quick actions, the result and the recommendations raised there. */
export function MeetingDetail({ row, warnings, today, onEdit, onClose }: MeetingDetailProps) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation('common');
  const db = useDb();
  const errorText = useErrorText();
  const { meeting } = row;
  const [result, setResult] = useState<ResultKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const deletion = useConfirmDelete();
  const run = (action: () => Promise<unknown>) => {
    setError(null);
    action().catch((e: unknown) => setError(errorText(e)));
  };
  const askDelete = () =>
    deletion.ask(async () => {
      const { recommendations } = await meetingDeleteImpact(db, meeting.id);
      const names = { date: formatIsoVi(meeting.date), official: row.officialName, cell: row.cellLabel, n: recommendations };
      return {
        title: t('detail.deleteTitle'),
        message: recommendations > 0 ? t('detail.deleteWithRecommendations', names) : t('detail.deleteMessage', names),
        run: async () => {
          await deleteMeeting(db, meeting.id);
          onClose();
        },
      };
    });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="meeting-detail" aria-labelledby="meeting-detail-title">
      <DialogTitle id="meeting-detail-title" sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        <span>{t('detail.title', { date: formatIsoVi(meeting.date) })}</span>
        <StatusChip status={meeting.status} />
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {error && (
            <Alert severity="error" onClose={() => setError(null)}>
              {error}
            </Alert>
          )}
          {deletion.errorAlert}
          <NoticeFacts row={row} />
          {warnings.length > 0 && (
            <Alert severity="warning" data-testid="meeting-detail-warnings">
              {warnings.map((w) => (
                <div key={w}>{w}</div>
              ))}
            </Alert>
          )}
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            {isAhead(meeting) && !meeting.host.confirmed && <ConfirmHostButton meeting={meeting} onRun={run} />}
            <Button variant="outlined" onClick={() => onEdit(meeting)}>
              {t('detail.edit')}
            </Button>
            <Button color="error" onClick={askDelete}>
              {t('detail.delete')}
            </Button>
          </Stack>
          <Divider />
          <Typography variant="subtitle1" component="h2">
            {t('detail.result')}
          </Typography>
          <ResultFacts meeting={meeting} />
          <ResultActions meeting={meeting} today={today} onRecord={setResult} onClear={() => run(() => clearMeetingResult(db, meeting.id))} />
          <Divider />
          <MeetingRecommendations meeting={meeting} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{tc('actions.close')}</Button>
      </DialogActions>
      {result && <ResultDialog kind={result} meeting={meeting} today={today} onClose={() => setResult(null)} />}
      {deletion.dialog}
    </Dialog>
  );
}

type ResultActionsProps = { meeting: Meeting; today: string; onRecord: (kind: ResultKind) => void; onClear: () => void };

/** Held and not attended wait for the day; a recorded result can be taken back when it was a mistake. */
function ResultActions({ meeting, today, onRecord, onClear }: ResultActionsProps) {
  const { t } = useTranslation('meetings');
  if (!isAhead(meeting)) {
    return (
      <Tooltip title={t('detail.clearResultHint')}>
        <Button variant="outlined" onClick={onClear} sx={{ alignSelf: 'flex-start' }} data-testid="meeting-result-clear">
          {t('detail.clearResult')}
        </Button>
      </Tooltip>
    );
  }
  const notYet = meeting.date > today ? t('detail.notYet', { date: formatIsoVi(meeting.date) }) : '';
  const dayBound = (kind: ResultKind, label: string, testId: string, color: 'success' | 'inherit') => (
    <Tooltip title={notYet}>
      {/* A disabled button fires no events, so the tooltip hangs on a wrapper. */}
      <span>
        <Button variant="contained" color={color} disabled={notYet !== ''} onClick={() => onRecord(kind)} data-testid={testId}>
          {label}
        </Button>
      </span>
    </Tooltip>
  );
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1}>
        {dayBound('held', t('detail.recordHeld'), 'meeting-result-held', 'success')}
        <Button variant="outlined" color="warning" onClick={() => onRecord('postponed')} data-testid="meeting-result-postponed">
          {t('detail.recordPostponed')}
        </Button>
        {dayBound('not_attended', t('detail.recordNotAttended'), 'meeting-result-not-attended', 'inherit')}
      </Stack>
      {notYet && (
        <Typography variant="caption" color="text.secondary">
          {notYet}
        </Typography>
      )}
    </Stack>
  );
}
