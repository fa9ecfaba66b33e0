import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RecommendationStep } from '../../../shared/domain/meetings';
import { formatIsoVi } from '../../../shared/meetings/iso-date';

export interface RecommendationHistoryProps {
  history: readonly RecommendationStep[];
}

/** The dated steps, oldest first, as the clerk's register reads. */
export function RecommendationHistory({ history }: RecommendationHistoryProps) {
  const { t } = useTranslation('recommendations');
  return (
    <Box component="ol" aria-label={t('item.history')} data-testid="rec-history" sx={{ m: 0, pl: 3 }}>
      {history.map((step, index) => (
        <Box component="li" key={`${index}-${step.status}`} data-testid="rec-history-step" sx={{ mb: 0.5 }}>
          <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
            {formatIsoVi(step.date)} — {t(`status.${step.status}`)}
          </Typography>
          {step.note && (
            <Typography variant="body2" component="span">
              : {step.note}
            </Typography>
          )}
          {step.skipReason && (
            <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
              {t('item.skipReason', { reason: step.skipReason })}
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
}
