import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Settings } from '../../shared/domain/types';
import { pageYearOptions } from './usePageYear';

export interface PageYearSelectProps {
  label: string;
  settings: Settings;
  year: number;
  onChange: (year: number) => void;
  'data-testid'?: string;
}

export function PageYearSelect({ label, settings, year, onChange, ...rest }: PageYearSelectProps) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={year}
      onChange={(event) => onChange(Number(event.target.value))}
      slotProps={{ htmlInput: { 'data-testid': rest['data-testid'] } }}
      sx={{ minWidth: 150 }}
    >
      {pageYearOptions(settings, year).map((option) => (
        <MenuItem key={option} value={option}>
          {option}
        </MenuItem>
      ))}
    </TextField>
  );
}
