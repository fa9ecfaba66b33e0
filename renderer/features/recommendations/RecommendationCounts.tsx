import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { RECOMMENDATION_STATUSES } from '../../../shared/domain/meetings';
import type { RecommendationCounts as Counts } from '../../../shared/meetings/aggregate';
import { formatCount } from '../../components/format';
import type { StatusFilter } from './recommendation-rows';

export interface RecommendationCountsProps {
  counts: Counts;
  /** The chosen status filter, shown as the selected chip. */
  selected: StatusFilter;
  onSelect: (status: StatusFilter) => void;
}

/** How many in each status; a chip picks that status in the filter. */
export function RecommendationCounts({ counts, selected, onSelect }: RecommendationCountsProps) {
  const { t } = useTranslation('recommendations');
  const chips: { key: StatusFilter; label: string; value: number; color?: 'error' }[] = [
    { key: 'all', label: t('page.counts'), value: counts.total },
    ...RECOMMENDATION_STATUSES.map((s) => ({ key: s, label: t(`status.${s}`), value: counts[s] })),
    { key: 'open', label: t('page.open'), value: counts.open },
    { key: 'overdue', label: t('overdue'), value: counts.overdue, color: 'error' as const },
  ];
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="recommendation-counts">
      {chips.map((chip) => (
        <Chip
          key={chip.key}
          data-testid={`recommendation-count-${chip.key}`}
          label={`${chip.label}: ${formatCount(chip.value)}`}
          color={chip.color ?? (selected === chip.key ? 'primary' : 'default')}
          variant={selected === chip.key ? 'filled' : 'outlined'}
          onClick={() => onSelect(chip.key)}
        />
      ))}
    </Stack>
  );
}
