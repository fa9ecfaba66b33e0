import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/domain/meetings';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import { skippedStatuses } from '../../../shared/meetings/recommendation-flow';
import { useSaveAction } from '../../components/useSaveAction';
import { advanceRecommendation } from '../../db/repositories/recommendations';
import { useDb } from '../../db/useDb';
import { FormDialog } from '../../components/FormDialog';
import { problemField, stepFormProblem, stepInputOf, type StepForm, type StepTarget } from './step-form';
import { ViDateField } from './ViDateField';

export interface StepDialogProps {
  recommendation: Recommendation;
  to: StepTarget;
  /** "yyyy-mm-dd": a step cannot be dated after it. */
  today: string;
  onClose: () => void;
}

/** One follow-up step: its date, what it says, and why steps were skipped when they were. */
export function StepDialog({ recommendation, to, today, onClose }: StepDialogProps) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation('common');
  const db = useDb();
  const [form, setForm] = useState<StepForm>({ dateText: formatIsoVi(today), note: '', skipReason: '' });
  // Messages show once Save was pressed, then follow the typing, so an empty form does not open in red.
  const [checked, setChecked] = useState(false);
  const save = useSaveAction(onClose);
  const skipped = skippedStatuses(recommendation.status, to);
  const problem = checked ? stepFormProblem(recommendation, to, form, today) : null;
  const message = problem ? tc(problem.code, problem.params) : undefined;
  const at = problem ? problemField(problem) : undefined;
  const last = recommendation.history.at(-1);
  const noteRequired = to === 'answered' || to === 'closed';

  function update(patch: Partial<StepForm>) {
    setForm((current) => ({ ...current, ...patch }));
  }

  async function submit() {
    setChecked(true);
    if (stepFormProblem(recommendation, to, form, today)) return;
    await save.run(() => advanceRecommendation(db, recommendation.id, stepInputOf(to, form), today));
  }

  return (
    <FormDialog title={t(`stepDialog.title.${to}`)} testId="rec-step-dialog" onClose={onClose} onSubmit={submit} save={save}>
      <Typography variant="body2" color="text.secondary">
        {recommendation.content}
      </Typography>
      {last && (
        <Typography variant="body2">
          {t('stepDialog.current', { status: t(`status.${last.status}`), date: formatIsoVi(last.date) })}
        </Typography>
      )}
      {at === 'form' && <Alert severity="error">{message}</Alert>}
      <ViDateField
        label={t(`stepDialog.date.${to}`)}
        value={form.dateText}
        onChange={(dateText) => update({ dateText })}
        error={at === 'date' ? message : undefined}
        help={t('dateFormat')}
        required
      />
      <TextField
        label={t(`stepDialog.note.${to}`)}
        value={form.note}
        onChange={(e) => update({ note: e.target.value })}
        error={at === 'note'}
        helperText={at === 'note' ? message : undefined}
        required={noteRequired}
        multiline
        minRows={2}
        autoFocus
      />
      {skipped.length > 0 && (
        <TextField
          label={t('stepDialog.skipReason', { steps: skipped.map((s) => `“${t(`status.${s}`)}”`).join(', ') })}
          value={form.skipReason}
          onChange={(e) => update({ skipReason: e.target.value })}
          error={at === 'skipReason'}
          helperText={at === 'skipReason' ? message : t('stepDialog.skipHelp')}
          required
          multiline
        />
      )}
    </FormDialog>
  );
}
