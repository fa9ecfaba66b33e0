import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { DashboardCell } from '../../../../shared/dashboard/types';
import { formatCount } from '../../../components/format';
import { registrantNames } from './tile-text';

/** The tooltip's content: the cell, who registered (a deleted official as such), and crowded. */
export function TileTooltip({ cell }: { cell: DashboardCell }) {
  const { t } = useTranslation('dashboard');
  const names = registrantNames(t, cell);
  return (
    <Box sx={{ py: 0.25 }} data-testid="matrix-tooltip">
      <Typography variant="body2" sx={{ fontWeight: 700 }}>
        {cell.cellName}
      </Typography>
      <Typography variant="caption" component="p">
        {names.length === 0 ? t('matrix.tooltip.none') : t('matrix.tooltip.some', { count: formatCount(names.length) })}
      </Typography>
      {names.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {names.map((name, i) => (
            <Typography component="li" variant="caption" key={cell.registrants[i]?.officialId ?? i}>
              {name}
            </Typography>
          ))}
        </Box>
      )}
      {cell.crowded && (
        <Typography variant="caption" component="p" sx={{ fontWeight: 700, mt: 0.5 }}>
          {t('matrix.tooltip.crowded')}
        </Typography>
      )}
    </Box>
  );
}
