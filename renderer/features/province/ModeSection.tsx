import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_MODES, type AppMode, type Settings } from '../../../shared/domain/types';
import { useErrorText } from '../../components/useErrorText';
import { saveSettings } from '../../db/repositories/settings';
import { useDb } from '../../db/useDb';

export type ModeSectionProps = { settings: Settings };

function isAppMode(value: string): value is AppMode {
  return (APP_MODES as readonly string[]).includes(value);
}

/**
 * "Chế độ sử dụng": district (plans its cells) or province (consolidates the districts' files).
 * Saved at once, like the language: only `settings.mode` changes, the district's data stays.
 */
export function ModeSection({ settings }: ModeSectionProps) {
  const { t } = useTranslation('province');
  const db = useDb();
  const errorText = useErrorText();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const choose = (value: string) => {
    if (!isAppMode(value) || value === settings.mode) return;
    saveSettings(db, { ...settings, mode: value }).then(
      () => setResult({ ok: true, text: t('mode.saved', { mode: t(`mode.${value}`).toLocaleLowerCase('vi') }) }),
      (error: unknown) => setResult({ ok: false, text: t('mode.failed', { message: errorText(error) }) }),
    );
  };
  return (
    <Paper sx={{ p: 3 }} data-testid="mode-section">
      <Typography variant="h6" component="h2" id="mode-heading" sx={{ mb: 1 }}>
        {t('mode.heading')}
      </Typography>
      <RadioGroup value={settings.mode} onChange={(event) => choose(event.target.value)} aria-labelledby="mode-heading">
        {APP_MODES.map((mode) => (
          <FormControlLabel
            key={mode}
            value={mode}
            data-testid={`mode-${mode}`}
            control={<Radio />}
            sx={{ alignItems: 'flex-start', mb: 1, '& .MuiRadio-root': { pt: 0.5 } }}
            label={
              <Stack sx={{ pt: 0.75 }}>
                <Typography sx={{ fontWeight: 600 }}>{t(`mode.${mode}`)}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t(`mode.${mode}Help`)}
                </Typography>
              </Stack>
            }
          />
        ))}
      </RadioGroup>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {t('mode.help')}
      </Typography>
      {result && (
        <Alert severity={result.ok ? 'success' : 'error'} sx={{ mt: 2 }} onClose={() => setResult(null)} data-testid="mode-result">
          {result.text}
        </Alert>
      )}
    </Paper>
  );
}
