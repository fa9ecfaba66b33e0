import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import type { Language } from '../../i18n';
import { errorMessage } from '../../i18n/errors';
import { defaultSettings, saveSettings, termContaining } from '../../db/repositories/settings';
import { useDb } from '../../db/useDb';
import { CommitteeFields } from '../settings/CommitteeFields';
import { DraftTextField } from '../settings/DraftTextField';
import { parseDraft, settingsToDraft, type SettingsDraft } from '../settings/settings-draft';

export type StartFormProps = { onDone: () => void; onCancel: () => void };

/** The committee's details; everything else starts from defaults and is edited in Settings. */
export function StartForm({ onDone, onCancel }: StartFormProps) {
  const { t, i18n } = useTranslation('onboarding');
  const db = useDb();
  const [draft, setDraft] = useState<SettingsDraft>(() => {
    const language: Language = i18n.language === 'en' ? 'en' : 'vi';
    return settingsToDraft({ ...defaultSettings(new Date().getFullYear()), language });
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const onChange = (patch: Partial<SettingsDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const onSubmit = async () => {
    const result = parseDraft(draft);
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return;
    try {
      // The term follows the year chosen here, not the year the form was opened in.
      const term = termContaining(result.settings.currentYear);
      await saveSettings(db, { ...result.settings, termStartYear: term.startYear, termEndYear: term.endYear });
      onDone();
    } catch (error) {
      setFailure(t('failed', { message: errorMessage(t, error) }));
    }
  };

  return (
    <Paper component="form" sx={{ p: 3 }} noValidate onSubmit={(event) => { event.preventDefault(); void onSubmit(); }}>
      <Stack spacing={2}>
        <Typography variant="h5" component="h2">{t('start.formTitle')}</Typography>
        <CommitteeFields draft={draft} errors={errors} onChange={onChange} />
        <DraftTextField
          field="currentYear"
          labelKey="period.currentYear"
          draft={draft}
          errors={errors}
          onChange={onChange}
          required
          sx={{ maxWidth: 240 }}
        />
        <Typography variant="body2" color="text.secondary">{t('start.later')}</Typography>
        {failure && <Alert severity="error">{failure}</Alert>}
        <Stack direction="row" spacing={2}>
          <Button type="submit" variant="contained" data-testid="start-submit">{t('start.submit')}</Button>
          <Button onClick={onCancel}>{t('common:actions.back')}</Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
