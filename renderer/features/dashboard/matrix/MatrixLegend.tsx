import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { tileClassName } from './tile-colors';

/** A sample tile for each bucket and for crowded, drawn by the same classes as the tiles. */
const ENTRIES = [
  { key: 'none', className: tileClassName('0', false), sample: '0' },
  { key: 'one', className: tileClassName('1', false), sample: '1' },
  { key: 'two', className: tileClassName('2', false), sample: '2' },
  { key: 'many', className: tileClassName('3+', false), sample: '3+' },
  { key: 'crowded', className: tileClassName('3+', true), sample: '3' },
] as const;

/** What the tiles' colours, outline and dot mean. Needs the matrix root's tile stylesheet. */
export function MatrixLegend() {
  const { t } = useTranslation('dashboard');
  return (
    <Box data-testid="matrix-legend">
      <Stack
        component="ul"
        direction="row"
        useFlexGap
        aria-label={t('matrix.legend.title')}
        sx={{ flexWrap: 'wrap', gap: 2, m: 0, p: 0, listStyle: 'none', alignItems: 'center' }}
      >
        <Typography component="li" variant="body2" sx={{ fontWeight: 600 }} aria-hidden="true">
          {t('matrix.legend.title')}:
        </Typography>
        {ENTRIES.map((entry) => (
          <Stack component="li" key={entry.key} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <span className={entry.className} aria-hidden="true">
              {entry.sample}
            </span>
            <Typography variant="body2" component="span">
              {t(`matrix.legend.${entry.key}`)}
            </Typography>
          </Stack>
        ))}
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
        {t('matrix.legend.hint')}
      </Typography>
    </Box>
  );
}
