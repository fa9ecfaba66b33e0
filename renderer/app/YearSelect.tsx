import { useTranslation } from 'react-i18next';
import { MenuItem, TextField } from '@mui/material';
import type { Settings } from '../../shared/domain/types';
import { saveSettings } from '../db/repositories/settings';
import { useDb } from '../db/useDb';

export type YearSelectProps = { settings: Settings };

/** Years of the current term, plus the selected year if it lies outside the term. */
export function yearOptions(settings: Settings): number[] {
  const years = new Set<number>([settings.currentYear]);
  for (let y = settings.termStartYear; y <= settings.termEndYear; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/** The year every page works on; stored in settings so it survives a restart. */
export function YearSelect({ settings }: YearSelectProps) {
  const { t } = useTranslation();
  const db = useDb();
  return (
    <TextField
      select
      size="small"
      label={t('appBar.year')}
      title={t('appBar.yearHint')}
      value={settings.currentYear}
      onChange={(event) => void saveSettings(db, { ...settings, currentYear: Number(event.target.value) })}
      slotProps={{ htmlInput: { 'data-testid': 'year-select' } }}
      sx={{
        minWidth: 110,
        '& .MuiInputBase-root, & .MuiInputLabel-root, & .MuiSvgIcon-root': { color: 'inherit' },
        '& .MuiInputLabel-root.Mui-focused': { color: 'inherit' },
        '& .MuiOutlinedInput-notchedOutline, & .MuiInputBase-root:hover .MuiOutlinedInput-notchedOutline': {
          borderColor: 'rgba(255, 255, 255, 0.6)',
        },
      }}
    >
      {yearOptions(settings).map((year) => (
        <MenuItem key={year} value={year}>
          {year}
        </MenuItem>
      ))}
    </TextField>
  );
}
