import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Divider, Paper, Snackbar, Stack, Typography } from '@mui/material';
import type { Settings } from '../../../shared/domain/types';
import { errorMessage } from '../../i18n/errors';
import { saveSettings } from '../../db/repositories/settings';
import { useDb } from '../../db/useDb';
import { CommitteeFields } from './CommitteeFields';
import { PeriodFields, SignatureFields } from './DocumentFields';
import { parseDraft, settingsToDraft, type SettingsDraft } from './settings-draft';

export type SettingsFormProps = { settings: Settings };

/**
 * Only the clerk's edits are kept in state, over the live settings: a change made
 * elsewhere (the year in the top bar) shows here unless the clerk is editing that field.
 */
export function SettingsForm({ settings }: SettingsFormProps) {
  const { t } = useTranslation('settings');
  const db = useDb();
  const [edits, setEdits] = useState<Partial<SettingsDraft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  const draft: SettingsDraft = { ...settingsToDraft(settings), ...edits };
  const dirty = Object.keys(edits).length > 0;

  const onChange = (patch: Partial<SettingsDraft>) => setEdits((current) => ({ ...current, ...patch }));

  const onSave = async () => {
    const result = parseDraft(draft);
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return setFailure(t('hasErrors'));
    try {
      // The language has its own switch, which saves at once; keep whatever it set.
      await saveSettings(db, { ...result.settings, language: settings.language });
      setEdits({});
      setFailure(undefined);
      setSaved(true);
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  };

  return (
    <Paper component="form" sx={{ p: 3 }} onSubmit={(event) => { event.preventDefault(); void onSave(); }} noValidate>
      <Stack spacing={3}>
        <div>
          <Typography variant="h6" component="h2">{t('committee.heading')}</Typography>
          <Typography variant="body2" color="text.secondary">{t('committee.help')}</Typography>
        </div>
        <CommitteeFields draft={draft} errors={errors} onChange={onChange} />
        <Divider />
        <PeriodFields draft={draft} errors={errors} onChange={onChange} />
        <Divider />
        <SignatureFields draft={draft} errors={errors} onChange={onChange} />
        {failure && <Alert severity="error">{failure}</Alert>}
        <Stack direction="row" spacing={2}>
          <Button type="submit" variant="contained" disabled={!dirty} data-testid="settings-save">
            {t('common:actions.save')}
          </Button>
          <Button disabled={!dirty} onClick={() => { setEdits({}); setErrors({}); setFailure(undefined); }}>
            {t('reset')}
          </Button>
        </Stack>
      </Stack>
      <Snackbar open={saved} autoHideDuration={3000} onClose={() => setSaved(false)} message={t('saved')} />
    </Paper>
  );
}
