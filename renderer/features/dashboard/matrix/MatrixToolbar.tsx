import ClearIcon from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../components/format';

export interface MatrixToolbarProps {
  query: string;
  onQueryChange: (query: string) => void;
  onlyWithGaps: boolean;
  onOnlyWithGapsChange: (value: boolean) => void;
  /** Organizations the filter keeps, of all in scope. */
  shown: number;
  total: number;
}

/** The org-name search, the "only gaps" switch, and how many organizations are listed. */
export function MatrixToolbar({ query, onQueryChange, onlyWithGaps, onOnlyWithGapsChange, shown, total }: MatrixToolbarProps) {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation('common');
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
      <TextField
        size="small"
        label={t('matrix.search')}
        placeholder={t('matrix.searchPlaceholder')}
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        sx={{ minWidth: 340 }}
        slotProps={{
          htmlInput: { 'data-testid': 'matrix-search' },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
            endAdornment: query ? (
              <InputAdornment position="end">
                <IconButton size="small" aria-label={tc('grid.clearSearch')} onClick={() => onQueryChange('')}>
                  <ClearIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ) : undefined,
          },
        }}
      />
      <FormControlLabel
        control={
          <Switch checked={onlyWithGaps} onChange={(event) => onOnlyWithGapsChange(event.target.checked)} data-testid="matrix-only-gaps" />
        }
        label={t('matrix.onlyWithGaps')}
      />
      <Typography variant="body2" color="text.secondary" data-testid="matrix-shown">
        {t('matrix.shown', { shown: formatCount(shown), total: formatCount(total) })}
      </Typography>
    </Stack>
  );
}
