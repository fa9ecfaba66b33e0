import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { RECOMMENDATION_STATUSES } from '../../../shared/domain/meetings';
import type { RowFilters, StatusFilter } from './recommendation-rows';
import type { UsedValues } from './useUsedValues';

export interface RecommendationFiltersProps {
  value: RowFilters;
  onChange: (value: RowFilters) => void;
  options: UsedValues;
}

const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'open', 'overdue', ...RECOMMENDATION_STATUSES];

export function isStatusFilter(value: string | undefined): value is StatusFilter {
  return value !== undefined && (STATUS_FILTERS as readonly string[]).includes(value);
}

/** Status (with "Quá hạn" and "Chưa xong"), field and addressee. */
export function RecommendationFilters({ value, onChange, options }: RecommendationFiltersProps) {
  const { t } = useTranslation('recommendations');
  const statusLabel = (s: StatusFilter) =>
    s === 'all' ? t('page.all') : s === 'open' ? t('page.allOpen') : s === 'overdue' ? t('overdue') : t(`status.${s}`);
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <TextField
        select
        size="small"
        label={t('page.filterStatus')}
        value={value.status}
        onChange={(e) => onChange({ ...value, status: e.target.value as StatusFilter })}
        sx={{ minWidth: 220 }}
      >
        {STATUS_FILTERS.map((s) => (
          <MenuItem key={s} value={s}>
            {statusLabel(s)}
          </MenuItem>
        ))}
      </TextField>
      <ValueFilter label={t('page.filterField')} all={t('page.all')} value={value.field} options={options.fields} onChange={(field) => onChange({ ...value, field })} />
      <ValueFilter
        label={t('page.filterAddressee')}
        all={t('page.all')}
        value={value.addressedTo}
        options={options.addressees}
        onChange={(addressedTo) => onChange({ ...value, addressedTo })}
      />
    </Stack>
  );
}

interface ValueFilterProps {
  label: string;
  all: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
}

function ValueFilter({ label, all, value, options, onChange }: ValueFilterProps) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={options.includes(value) ? value : ''}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth: 200 }}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">{all}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option} value={option}>
          {option}
        </MenuItem>
      ))}
    </TextField>
  );
}
