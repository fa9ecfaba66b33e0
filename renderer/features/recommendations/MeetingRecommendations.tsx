import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, Recommendation } from '../../../shared/domain/meetings';
import { recommendationStatusCounts } from '../../../shared/meetings/aggregate';
import { todayIso } from '../../../shared/meetings/iso-date';
import { compareVi } from '../../../shared/text/collation';
import { formatCount } from '../../components/format';
import { useDb } from '../../db/useDb';
import { RecommendationItem } from './RecommendationItem';
import { useRecommendationEditing } from './useRecommendationEditing';

export interface MeetingRecommendationsProps {
  meeting: Meeting;
}

/** The recommendations and proposals raised at one meeting (embedded in the meeting's detail). */
export function MeetingRecommendations({ meeting }: MeetingRecommendationsProps) {
  const { t } = useTranslation('recommendations');
  const db = useDb();
  const today = todayIso();
  const recommendations = useLiveQuery(
    () => db.recommendations.where('meetingId').equals(meeting.id).toArray(),
    [db, meeting.id],
  );
  const sorted = useMemo(() => byDueDate(recommendations ?? []), [recommendations]);
  const counts = useMemo(() => recommendationStatusCounts(sorted, today), [sorted, today]);
  const editing = useRecommendationEditing();
  const held = meeting.status === 'held';

  return (
    <Stack spacing={1.5} data-testid="meeting-recommendations">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle1" component="h3" sx={{ flexGrow: 1, fontWeight: 600 }}>
          {t('meeting.title')}
        </Typography>
        <Button
          variant="outlined"
          startIcon={<AddIcon />}
          onClick={() => editing.add(meeting.id)}
          disabled={!held}
          data-testid="recommendation-add"
        >
          {t('meeting.add')}
        </Button>
      </Stack>
      {!held && <Alert severity="info">{t('meeting.notHeld', { status: t(`meetingStatus.${meeting.status}`) })}</Alert>}
      {editing.errorAlert}
      {recommendations === undefined && <LinearProgress aria-label={t('title')} />}
      {recommendations && recommendations.length === 0 && held && (
        <Typography variant="body2" color="text.secondary">
          {t('meeting.empty')}
        </Typography>
      )}
      {sorted.length > 0 && (
        <Typography variant="body2" color="text.secondary" data-testid="meeting-recommendation-summary">
          {t('meeting.summary', { count: formatCount(counts.total), open: formatCount(counts.open), overdue: formatCount(counts.overdue) })}
        </Typography>
      )}
      {sorted.map((rec) => (
        <RecommendationItem key={rec.id} recommendation={rec} today={today} onEdit={editing.edit} onDelete={editing.remove} />
      ))}
      {editing.dialogs}
    </Stack>
  );
}

/** Nearest deadline first, those without one last; then by content, so the order never shuffles. */
function byDueDate(recommendations: readonly Recommendation[]): Recommendation[] {
  const due = (r: Recommendation) => r.dueDate || '9999-12-31';
  return [...recommendations].sort((a, b) => due(a).localeCompare(due(b)) || compareVi(a.content, b.content));
}
