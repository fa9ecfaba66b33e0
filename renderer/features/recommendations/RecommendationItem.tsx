import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/domain/meetings';
import { daysBetween, formatIsoVi } from '../../../shared/meetings/iso-date';
import { isOverdue } from '../../../shared/meetings/recommendation-flow';
import { RowActions } from '../../components/RowActions';
import { RecommendationHistory } from './RecommendationHistory';
import { OverdueChip, StatusChip } from './StatusChip';
import { StepActions } from './StepActions';

export interface RecommendationItemProps {
  recommendation: Recommendation;
  today: string;
  onEdit: (recommendation: Recommendation) => void;
  onDelete: (recommendation: Recommendation) => void;
  /** Where it was raised, when the item is seen away from its meeting. */
  origin?: ReactNode;
}

/** One recommendation: what, to whom, by when, where it stands, its history and next steps. */
export function RecommendationItem({ recommendation: rec, today, onEdit, onDelete, origin }: RecommendationItemProps) {
  const { t } = useTranslation('recommendations');
  const [error, setError] = useState<string | null>(null);
  const overdue = isOverdue(rec, today);
  return (
    <Paper
      variant="outlined"
      data-testid="recommendation-item"
      data-overdue={overdue ? 'true' : undefined}
      sx={{
        p: 1.5,
        borderLeftWidth: 6,
        borderLeftColor: overdue ? 'error.main' : 'divider',
        bgcolor: overdue ? 'rgba(211, 47, 47, 0.04)' : undefined,
      }}
    >
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Typography variant="body1" sx={{ flexGrow: 1, whiteSpace: 'pre-line', fontWeight: 500 }}>
            {rec.content}
          </Typography>
          <StatusChip status={rec.status} />
          {overdue && <OverdueChip days={daysBetween(rec.dueDate, today)} />}
          <RowActions itemName={rec.content} onEdit={() => onEdit(rec)} onDelete={() => onDelete(rec)} />
        </Stack>
        <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 1.5, rowGap: 0.25 }}>
          <Term>{t('item.field')}</Term>
          <Detail>{rec.field || t('item.noField')}</Detail>
          <Term>{t('item.addressedTo')}</Term>
          <Detail>{rec.addressedTo}</Detail>
          <Term>{t('item.dueDate')}</Term>
          <Detail color={overdue ? 'error' : undefined} testId="rec-due-date">
            {rec.dueDate ? formatIsoVi(rec.dueDate) : t('noDueDate')}
          </Detail>
          {origin && (
            <>
              <Term>{t('item.raisedAt')}</Term>
              <Detail>{origin}</Detail>
            </>
          )}
        </Box>
        <Typography variant="subtitle2" component="h4">
          {t('item.history')}
        </Typography>
        <RecommendationHistory history={rec.history} />
        {error && (
          <Alert severity="error" onClose={() => setError(null)}>
            {error}
          </Alert>
        )}
        <StepActions recommendation={rec} today={today} onError={setError} />
      </Stack>
    </Paper>
  );
}

function Term({ children }: { children: ReactNode }) {
  return (
    <Typography component="dt" variant="body2" color="text.secondary">
      {children}
    </Typography>
  );
}

function Detail({ children, color, testId }: { children: ReactNode; color?: 'error'; testId?: string }) {
  return (
    <Typography component="dd" variant="body2" color={color} data-testid={testId} sx={{ m: 0, fontWeight: color ? 600 : undefined }}>
      {children}
    </Typography>
  );
}
