import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardCell } from '../../../../shared/dashboard/types';
import { ORG_TYPE_LABEL_VI } from '../../../../shared/domain/labels-vi';
import { useNavigation } from '../../../app/useNavigation';
import { formatCount } from '../../../components/format';

export interface CellCardProps {
  /** The cell to show; null: closed. */
  cell: DashboardCell | null;
  onClose: () => void;
}

/**
 * One cell from the matrix or a drill-down: where it is, who registered for it in the period,
 * and the way to the pages where it can be edited. The links leave the dashboard (whose place
 * is in the URL, so Back returns to it); the dialog closes with it.
 */
export function CellCard({ cell, onClose }: CellCardProps) {
  // Keep the last cell while the dialog fades out, so it does not go blank as it closes.
  const [shown, setShown] = useState(cell);
  if (cell !== null && cell !== shown) setShown(cell);
  // Nothing to show yet: no dialog, and no need for navigation (pages render without it in tests).
  return shown ? <CellDialog cell={shown} open={cell !== null} onClose={onClose} /> : null;
}

function CellDialog({ cell, open, onClose }: { cell: DashboardCell; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation('common');
  const { navigate } = useNavigation();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid="cell-card" aria-labelledby="cell-card-title">
      <DialogTitle id="cell-card-title">{cell.cellName}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
            <Fact term={t('matrix.card.org')} value={cell.orgName} />
            <Fact term={t('matrix.card.type')} value={ORG_TYPE_LABEL_VI[cell.orgType]} />
            <Fact term={t('matrix.card.members')} value={formatCount(cell.memberCount)} />
          </Box>
          {cell.crowded && (
            <Alert severity="warning" data-testid="cell-card-crowded">
              {t('matrix.card.crowded')}
            </Alert>
          )}
          <Registrants cell={cell} />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={() => navigate('organizations', { tab: 'cells', q: cell.cellName })}>{t('matrix.card.openCells')}</Button>
        <Button onClick={() => navigate('registrations', { q: cell.cellName })}>{t('matrix.card.openRegistrations')}</Button>
        <Button variant="contained" onClick={onClose}>
          {tc('actions.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {term}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0 }}>
        {value}
      </Typography>
    </>
  );
}

function Registrants({ cell }: { cell: DashboardCell }) {
  const { t } = useTranslation('dashboard');
  if (cell.registrants.length === 0) {
    return (
      <Alert severity="info" data-testid="cell-card-uncovered">
        {t('matrix.card.none')}
      </Alert>
    );
  }
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        {t('matrix.card.registrants', { count: formatCount(cell.registrants.length) })}
      </Typography>
      <Box component="ul" sx={{ my: 0.5, pl: 3 }} data-testid="cell-card-registrants">
        {cell.registrants.map((r) => (
          <Typography component="li" variant="body2" key={r.officialId} sx={r.name === null ? { fontStyle: 'italic' } : undefined}>
            {r.name ?? t('matrix.deletedOfficial')}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
