import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { RecommendationStatus } from '../../../shared/domain/meetings';

const COLOR: Record<RecommendationStatus, 'default' | 'info' | 'primary' | 'success' | 'warning'> = {
  new: 'warning',
  forwarded: 'info',
  answered: 'primary',
  resolved: 'success',
  closed: 'default',
};

export interface StatusChipProps {
  status: RecommendationStatus;
}

export function StatusChip({ status }: StatusChipProps) {
  const { t } = useTranslation('recommendations');
  return <Chip size="small" color={COLOR[status]} variant="outlined" label={t(`status.${status}`)} />;
}

export interface OverdueChipProps {
  /** Days past the due date. */
  days: number;
}

/** Red and worded, so an overdue item stands out without relying on colour alone. */
export function OverdueChip({ days }: OverdueChipProps) {
  const { t } = useTranslation('recommendations');
  return <Chip size="small" color="error" label={t('overdueDays', { days })} />;
}
