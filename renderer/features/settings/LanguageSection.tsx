import { useTranslation } from 'react-i18next';
import { Paper, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import type { Settings } from '../../../shared/domain/types';
import { setLanguage, type Language } from '../../i18n';
import { saveSettings } from '../../db/repositories/settings';
import { useDb } from '../../db/useDb';

export type LanguageSectionProps = { settings: Settings };

/** Switches at once and is remembered in settings, so the next start opens in that language. */
export function LanguageSection({ settings }: LanguageSectionProps) {
  const { t, i18n } = useTranslation('settings');
  const db = useDb();
  const choose = async (language: Language | null) => {
    if (!language || language === settings.language) return;
    // Saved first, so a failed save never leaves the screen in a language the next start forgets.
    await saveSettings(db, { ...settings, language });
    await setLanguage(language, i18n);
  };
  return (
    <Paper sx={{ p: 3 }}>
      <Typography variant="h6" component="h2" id="language-heading" sx={{ mb: 1 }}>
        {t('language.heading')}
      </Typography>
      <ToggleButtonGroup
        exclusive
        color="primary"
        value={settings.language}
        onChange={(_event, value: Language | null) => void choose(value)}
        aria-labelledby="language-heading"
      >
        <ToggleButton value="vi" data-testid="language-vi">{t('language.vi')}</ToggleButton>
        <ToggleButton value="en" data-testid="language-en">{t('language.en')}</ToggleButton>
      </ToggleButtonGroup>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('language.help')}
      </Typography>
    </Paper>
  );
}
