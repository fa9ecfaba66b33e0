import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/domain/meetings';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import { hashForPage } from '../../app/pages';
import type { RecommendationRow } from './recommendation-rows';
import { RecommendationItem } from './RecommendationItem';

/** The meetings page opens the meeting named by this link param. */
export const MEETING_PARAM = 'meeting';

export function meetingHref(meetingId: string): string {
  return hashForPage('meetings', { [MEETING_PARAM]: meetingId });
}

export interface RecommendationDetailDialogProps {
  row: RecommendationRow;
  today: string;
  onEdit: (recommendation: Recommendation) => void;
  onDelete: (recommendation: Recommendation) => void;
  onClose: () => void;
}

/** A row of the list opened: the same item as under its meeting, with where it was raised. */
export function RecommendationDetailDialog({ row, today, onEdit, onDelete, onClose }: RecommendationDetailDialogProps) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation('common');
  const origin = (
    <>
      {t('item.raisedAtText', {
        date: formatIsoVi(row.meetingDate),
        cell: row.cellName,
        org: row.orgName,
        official: row.officialName,
      })}{' '}
      <Link href={meetingHref(row.meetingId)} data-testid="rec-meeting-link">
        {t('item.openMeeting')}
      </Link>
    </>
  );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="recommendation-detail-dialog">
      <DialogTitle>{t('page.detailTitle')}</DialogTitle>
      <DialogContent>
        <RecommendationItem recommendation={row.recommendation} today={today} onEdit={onEdit} onDelete={onDelete} origin={origin} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{tc('actions.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
