import Chip, { type ChipProps } from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { RowStatus } from '../../../shared/import/types';
import { formatCount } from '../../components/format';
import { ROW_STATUSES } from './import-plan';

export const STATUS_COLOR: Record<RowStatus, ChipProps['color']> = {
  ok: 'success',
  duplicate: 'info',
  needsDecision: 'warning',
  error: 'error',
};

export interface PreviewCountsProps {
  counts: Record<RowStatus, number>;
}

/** How many rows of each status, at the top of the preview. */
export function PreviewCounts({ counts }: PreviewCountsProps) {
  const { t } = useTranslation('import');
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }} aria-label={t('preview.counts')} role="group">
      {ROW_STATUSES.map((status) => (
        <Chip
          key={status}
          color={STATUS_COLOR[status]}
          variant={counts[status] > 0 ? 'filled' : 'outlined'}
          label={t('preview.count', { label: t(`status.${status}`), count: formatCount(counts[status]) })}
          data-testid={`import-count-${status}`}
        />
      ))}
    </Stack>
  );
}
