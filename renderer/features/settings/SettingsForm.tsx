import { useTranslation } from 'react-i18next';
import { Alert, Button, Divider, Paper, Snackbar, Stack, Typography } from '@mui/material';
import type { Settings } from '../../../shared/domain/types';
import { saveSettings } from '../../db/repositories/settings';
import { useDb } from '../../db/useDb';
import { CommitteeFields } from './CommitteeFields';
import { PeriodFields, SignatureFields } from './DocumentFields';
import { parseDraft, settingsToDraft } from './settings-draft';
import { useDraftForm } from './useDraftForm';

export type SettingsFormProps = { settings: Settings };

/** The committee, year/term and signature settings: one form, saved together. */
export function SettingsForm({ settings }: SettingsFormProps) {
  const { t } = useTranslation('settings');
  const db = useDb();
  const form = useDraftForm(
    settingsToDraft(settings),
    (draft) => {
      const result = parseDraft(draft);
      return result.ok ? { ok: true, value: result.settings } : result;
    },
    // The language has its own switch, which saves at once; keep whatever it set.
    (value) => saveSettings(db, { ...value, language: settings.language }),
  );
  const { draft, errors, dirty, failure } = form;
  const onChange = form.change;

  return (
    <Paper component="form" sx={{ p: 3 }} onSubmit={(event) => { event.preventDefault(); void form.submit(); }} noValidate>
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
          <Button disabled={!dirty} onClick={() => form.replaceEdits({})}>
            {t('reset')}
          </Button>
        </Stack>
      </Stack>
      <Snackbar open={form.saved} autoHideDuration={3000} onClose={form.closeSaved} message={t('saved')} />
    </Paper>
  );
}
