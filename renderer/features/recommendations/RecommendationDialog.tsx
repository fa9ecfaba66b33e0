import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/domain/meetings';
import { fieldErrors } from '../../../shared/domain/validation';
import { formatIsoVi, parseViDate } from '../../../shared/meetings/iso-date';
import { recommendationInputSchema } from '../../../shared/meetings/meeting-schema';
import { useSaveAction } from '../../components/useSaveAction';
import { createRecommendation, updateRecommendation } from '../../db/repositories/recommendations';
import { useDb } from '../../db/useDb';
import { FormDialog } from '../../components/FormDialog';
import { useUsedValues } from './useUsedValues';
import { UsedValueField } from './UsedValueField';
import { ViDateField } from './ViDateField';

export interface RecommendationDialogProps {
  meetingId: string;
  /** The recommendation to edit; null to add one to the meeting. */
  recommendation: Recommendation | null;
  onClose: () => void;
}

/** Add or correct what was recommended; its follow-up goes through the step actions. */
export function RecommendationDialog({ meetingId, recommendation, onClose }: RecommendationDialogProps) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation('common');
  const db = useDb();
  const used = useUsedValues();
  const [content, setContent] = useState(recommendation?.content ?? '');
  const [field, setField] = useState(recommendation?.field ?? '');
  const [addressedTo, setAddressedTo] = useState(recommendation?.addressedTo ?? '');
  const [dueText, setDueText] = useState(formatIsoVi(recommendation?.dueDate ?? ''));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveAction(onClose);

  async function submit() {
    const dueDate = dueText.trim() === '' ? '' : parseViDate(dueText);
    const parsed = recommendationInputSchema.safeParse({ meetingId, content, field, addressedTo, dueDate: dueDate ?? '' });
    const found = Object.fromEntries(Object.entries(fieldErrors(parsed)).map(([key, message]) => [key, tc(message)]));
    if (dueDate === null) found.dueDate = t('dateInvalid');
    setErrors(found);
    if (!parsed.success || dueDate === null) return;
    await save.run(async () => {
      if (recommendation) await updateRecommendation(db, recommendation.id, parsed.data);
      else await createRecommendation(db, parsed.data);
    });
  }

  return (
    <FormDialog
      title={recommendation ? t('form.editTitle') : t('form.addTitle')}
      testId="recommendation-dialog"
      onClose={onClose}
      onSubmit={submit}
      save={save}
    >
      <TextField
        label={t('form.content')}
        value={content}
        onChange={(e) => setContent(e.target.value)}
        error={!!errors.content}
        helperText={errors.content}
        required
        multiline
        minRows={2}
        autoFocus
      />
      <UsedValueField label={t('form.field')} value={field} onChange={setField} options={used.fields} error={errors.field} />
      <UsedValueField
        label={t('form.addressedTo')}
        value={addressedTo}
        onChange={setAddressedTo}
        options={used.addressees}
        error={errors.addressedTo}
        required
      />
      <ViDateField label={t('form.dueDate')} value={dueText} onChange={setDueText} error={errors.dueDate} help={t('form.dueHelp')} />
    </FormDialog>
  );
}
