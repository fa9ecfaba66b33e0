import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Box, CircularProgress, CssBaseline, ThemeProvider } from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import 'dayjs/locale/vi';
import type { i18n as I18n } from 'i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { i18n as defaultI18n, setLanguage, type Language } from '../i18n';
import type { AppDatabase } from '../db/database';
import { DbProvider } from '../db/DbProvider';
import { useDb } from '../db/useDb';
import { getSettings } from '../db/repositories/settings';
import type { Platform } from '../platform/types';
import { PlatformProvider } from '../platform/PlatformProvider';
import { OnboardingPage } from '../features/onboarding/OnboardingPage';
import { AppShell } from './AppShell';
import { NavigationProvider } from './NavigationProvider';
import { createAppTheme } from './theme';

export type AppProps = {
  /** Injected by tests; the app opens its default database and platform. */
  db?: AppDatabase;
  platform?: Platform;
  i18n?: I18n;
};

export function App({ db, platform, i18n = defaultI18n }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <PlatformProvider platform={platform}>
          <LocalizedProviders>
            <NavigationProvider>
              <AppGate />
            </NavigationProvider>
          </LocalizedProviders>
        </PlatformProvider>
      </DbProvider>
    </I18nextProvider>
  );
}

/** Theme and date pickers follow the UI language; dates stay dd/mm/yyyy in both. */
function LocalizedProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'vi';
  const theme = useMemo(() => createAppTheme(language), [language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LocalizationProvider
        dateAdapter={AdapterDayjs}
        adapterLocale={language === 'vi' ? 'vi' : 'en'}
        dateFormats={{ keyboardDate: 'DD/MM/YYYY', normalDate: 'DD/MM/YYYY' }}
      >
        {children}
      </LocalizationProvider>
    </ThemeProvider>
  );
}

/**
 * Onboarding until the database has settings (the same test as isDatabaseEmpty), then the
 * app itself. One live query decides both, so the shell never shows before its settings.
 */
function AppGate() {
  const db = useDb();
  const { t, i18n } = useTranslation();
  const settings = useLiveQuery(async () => (await getSettings(db)) ?? null, [db]);

  useEffect(() => {
    if (settings && settings.language !== i18n.language) void setLanguage(settings.language, i18n);
  }, [settings, i18n]);

  useEffect(() => {
    document.title = t('appTitle');
  }, [t]);

  if (settings === undefined) {
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', height: '100vh' }} aria-busy="true">
        <CircularProgress aria-label={t('loading')} />
      </Box>
    );
  }
  return settings === null ? <OnboardingPage /> : <AppShell settings={settings} />;
}
