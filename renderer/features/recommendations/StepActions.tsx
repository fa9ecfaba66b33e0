import UndoIcon from '@mui/icons-material/Undo';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/domain/meetings';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import { allowedTargets, isFinalStatus } from '../../../shared/meetings/recommendation-flow';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useErrorText } from '../../components/useErrorText';
import { undoRecommendationStep } from '../../db/repositories/recommendations';
import { useDb } from '../../db/useDb';
import { STEP_TARGETS, type StepTarget } from './step-form';
import { StepDialog } from './StepDialog';

export interface StepActionsProps {
  recommendation: Recommendation;
  today: string;
  /** Why the last undo failed, for the item to show. */
  onError: (message: string | null) => void;
}

/** "Chuyển", "Đã trả lời", "Đã giải quyết", "Đóng, không xử lý" and "Hoàn tác bước cuối". */
export function StepActions({ recommendation, today, onError }: StepActionsProps) {
  const { t } = useTranslation('recommendations');
  const db = useDb();
  const errorText = useErrorText();
  const [target, setTarget] = useState<StepTarget | null>(null);
  const [confirmingUndo, setConfirmingUndo] = useState(false);
  const [busy, setBusy] = useState(false);
  const allowed = new Set(allowedTargets(recommendation.status));
  const [previous, last] = [recommendation.history.at(-2), recommendation.history.at(-1)];

  function undo() {
    setBusy(true);
    onError(null);
    undoRecommendationStep(db, recommendation.id)
      .catch((e: unknown) => onError(errorText(e)))
      .finally(() => {
        setBusy(false);
        setConfirmingUndo(false);
      });
  }

  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      {STEP_TARGETS.filter((to) => allowed.has(to)).map((to) => (
        <Button
          key={to}
          size="small"
          variant={to === 'closed' ? 'text' : 'outlined'}
          color={to === 'closed' ? 'inherit' : 'primary'}
          data-testid={`rec-step-${to}`}
          onClick={() => setTarget(to)}
        >
          {t(`steps.${to}`)}
        </Button>
      ))}
      {isFinalStatus(recommendation.status) && (
        <Typography variant="body2" color="text.secondary">
          {t('steps.finalNote')}
        </Typography>
      )}
      {previous && (
        <Button size="small" startIcon={<UndoIcon />} data-testid="rec-undo" onClick={() => setConfirmingUndo(true)}>
          {t('steps.undo')}
        </Button>
      )}
      {target && <StepDialog recommendation={recommendation} to={target} today={today} onClose={() => setTarget(null)} />}
      <ConfirmDialog
        open={confirmingUndo}
        title={t('undoDialog.title')}
        message={
          last && previous
            ? t('undoDialog.message', {
                status: t(`status.${last.status}`),
                date: formatIsoVi(last.date),
                previous: t(`status.${previous.status}`),
              })
            : ''
        }
        confirmLabel={t('undoDialog.confirm')}
        busy={busy}
        onConfirm={undo}
        onCancel={() => setConfirmingUndo(false)}
      />
    </Stack>
  );
}
